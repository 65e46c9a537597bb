import { describe, expect, it } from 'vitest';
import { displayName, foldForSearch, parseDateQuery, searchTokens } from '../../../domain/case/search';

describe('folding names for search', () => {
  it.each([
    ['Nguyễn Thị Ánh', 'nguyen thi anh'],
    ['Ștefania Ionescu', 'stefania ionescu'],
    ['Arbër Çela', 'arber cela'],
    ['Łucja Żółć', 'lucja zolc'],
    ['Ağrı Işık', 'agri isik'],
    ['Đặng Văn Đức', 'dang van duc'],
    ['Søren Ærø', 'soren aero'],
    ['O’Brien-Smith', 'obrien smith'],
    ['Αλέξανδρος', 'αλεξανδρος'],
    ['Дмитрий', 'дмитрии'],
  ])('%s folds to %s', (name, folded) => {
    expect(foldForSearch(name)).toBe(folded);
  });

  it('keeps scripts it cannot transliterate searchable as they are', () => {
    expect(searchTokens('محمد علي')).toEqual(['محمد', 'علي']);
    expect(searchTokens('ሰላም')).toEqual(['ሰላም']);
  });

  it('reads dates typed into the search box', () => {
    expect(parseDateQuery('4/3/2012')).toBe('2012-03-04');
    expect(parseDateQuery('04.03.2012')).toBe('2012-03-04');
    expect(parseDateQuery('2012-3-4')).toBe('2012-03-04');
    expect(parseDateQuery('3/2012')).toBe('2012-03');
    expect(parseDateQuery('2012')).toBe('2012');
    expect(parseDateQuery('13/13/2012')).toBeNull();
    expect(parseDateQuery('Ana')).toBeNull();
  });

  it('names a person by the first name recorded, or says it is not known', () => {
    expect(displayName([{ given: '', family: '' }, { given: 'Mai', family: 'Trần' }])).toBe('Mai Trần');
    expect(displayName([])).toBe('Name not known');
  });
});
