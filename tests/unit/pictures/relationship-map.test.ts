import { describe, expect, it } from 'vitest';
import { layoutRelationshipMap } from '../../../domain/pictures/relationship-map';
import { adult, agency, caseWith } from './fixtures';

const size = { width: 800, height: 600 };

describe('relationship map', () => {
  const mother = adult('Thi', 'Tran', {
    relationshipClaimedByAdult: 'parent',
    relationshipClaimedByChild: 'parent',
    relationshipEvidence: ['birth-certificate'],
    parentalResponsibility: 'yes',
    livesWithChild: 'no',
  });
  const uncle = adult('Van', 'Nguyen', {
    relationshipClaimedByAdult: 'aunt-or-uncle',
    relationshipClaimedByChild: 'agent',
    relationshipEvidence: ['none-seen'],
    livesWithChild: 'yes',
    doNotInform: true,
    doNotShareWith: true,
  });
  const stranger = adult('Unknown man', 'at Calais', { relationshipClaimedByChild: 'agent' });
  const withheld = adult('Zebediah', 'Quennell', {
    relationshipClaimedByAdult: 'employer',
    relationshipClaimedByChild: 'employer',
    doNotShareWith: true,
    notes: 'Runs the nail bar',
  });
  const record = caseWith(
    [mother, uncle, stranger, withheld],
    [agency('Kent Police', 'Investigating'), agency('Home Office', 'Asylum claim')],
  );

  it('leaves an adult withheld from the audience out of the drawing data entirely', () => {
    const map = layoutRelationshipMap(record, { ...size, audienceExcludesAdultIds: [withheld.id] });
    const json = JSON.stringify(map);
    for (const secret of [withheld.id, 'Zebediah', 'Quennell', 'Runs the nail bar', 'Employer'])
      expect(json).not.toContain(secret);
    expect(map.adults.map((a) => a.name)).toEqual(['Thi Tran', 'Van Nguyen', 'Unknown man at Calais']);
    expect(map.shapes.filter((s) => s.style === 'relationship-line')).toHaveLength(3);
    expect(map.textAlternative.summary).toBe('Linh Tran, with 3 connected adults and 2 agencies involved.');
  });

  it('shows the same adult when the audience may see them', () => {
    const map = layoutRelationshipMap(record, size);
    expect(JSON.stringify(map)).toContain('Zebediah Quennell');
    expect(map.adults).toHaveLength(4);
  });

  it('draws evidenced relationships solid and the rest dashed', () => {
    const map = layoutRelationshipMap(record, { ...size, audienceExcludesAdultIds: [withheld.id] });
    const lines = map.shapes
      .filter((s) => s.style === 'relationship-line')
      .map((s) => (s.kind === 'line' ? s.dash : null));
    expect(lines).toEqual(['solid', 'dashed', 'dashed']);
    expect(map.adults.map((a) => a.evidenced)).toEqual([true, false, false]);
  });

  it('labels each line with the relationship as the adult and as the child claim it', () => {
    const map = layoutRelationshipMap(record, { ...size, audienceExcludesAdultIds: [withheld.id] });
    const texts = map.shapes.filter((s) => s.style === 'line-label').map((s) => (s.kind === 'text' ? s.text : ''));
    expect(texts).toContain('Both say: Parent');
    expect(texts).toContain('Adult says: Aunt or uncle');
    expect(texts).toContain('Child says: Agent or person who arranged travel');
    expect(texts).toContain('Adult says: not recorded');
  });

  it('marks parental responsibility, living with the child, do not inform and do not share with', () => {
    const map = layoutRelationshipMap(record, { ...size, audienceExcludesAdultIds: [withheld.id] });
    const marks = Object.fromEntries(map.adults.map((a) => [a.name, a.marks.map((m) => m.text)]));
    expect(marks).toEqual({
      'Thi Tran': ['PR'],
      'Van Nguyen': ['PR?', 'Lives with', 'Do not inform', 'Do not share'],
      'Unknown man at Calais': ['PR?', 'Lives with?'],
    });
    const warnings = map.shapes.filter((s) => s.style === 'mark-warning');
    expect(warnings).toHaveLength(2);
    const row = map.textAlternative.tables[0]!.rows[1]!;
    expect(row).toEqual([
      'Van Nguyen',
      'Aunt or uncle',
      'Agent or person who arranged travel',
      'No evidence seen',
      'Not known',
      'Yes',
      'Yes',
      'Yes',
    ]);
  });

  it('puts the child at the centre and agencies on a ring outside the adults', () => {
    const map = layoutRelationshipMap(record, size);
    expect(map.child).toMatchObject({ name: 'Linh Tran', x: 400, y: 300 });
    const distance = (p: { x: number; y: number }) => Math.hypot(p.x - map.child.x, p.y - map.child.y);
    const furthestAdult = Math.max(...map.adults.map(distance));
    for (const a of map.agencies) expect(distance(a)).toBeGreaterThan(furthestAdult);
    expect(map.textAlternative.tables[1]!.rows).toEqual([
      ['Kent Police', 'Investigating', 'Not recorded'],
      ['Home Office', 'Asylum claim', 'Not recorded'],
    ]);
  });

  it('keeps every shape inside the viewport', () => {
    const many = caseWith(
      Array.from({ length: 12 }, (_, i) =>
        adult(`Adult${i}`, 'Family-name-that-is-long', { doNotInform: i % 2 === 0 }),
      ),
      Array.from({ length: 6 }, (_, i) => agency(`Agency ${i}`, 'Support')),
    );
    const map = layoutRelationshipMap(many, size);
    for (const s of map.shapes) {
      if (s.kind === 'rect') {
        expect(s.x).toBeGreaterThanOrEqual(0);
        expect(s.x + s.width).toBeLessThanOrEqual(size.width);
      }
      if (s.kind === 'text' || s.kind === 'circle') {
        const [x, y] = s.kind === 'text' ? [s.x, s.y] : [s.cx, s.cy];
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(size.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(size.height);
      }
    }
  });
});
