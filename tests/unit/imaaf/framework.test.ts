import { describe, expect, it } from 'vitest';
import { AppError } from '../../../domain/errors';
import {
  defaultFramework,
  findIndicator,
  builtInFrameworks,
  imaafReconstruction,
  imaafReconstruction2026_2,
  indexFramework,
  indicatorCatalogue,
  loadFramework,
  type FrameworkInput,
} from '../../../domain/imaaf';
import { answer, answers, ids, makeCase, notKnown, outcomeFor, recommendation } from './helpers';

/** A deep copy as if read from a JSON file. */
function copy(): FrameworkInput {
  return JSON.parse(JSON.stringify(imaafReconstruction2026_2)) as FrameworkInput;
}

function expectRejected(data: unknown, pathPart: string) {
  try {
    loadFramework(data);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION');
    expect((error as AppError).issues?.some((issue) => issue.path.includes(pathPart) || issue.message.includes(pathPart))).toBe(true);
    return;
  }
  throw new Error('The framework should have been rejected');
}

describe('the built-in framework', () => {
  const index = indexFramework(defaultFramework);
  const items = [...index.items.values()];

  it('is the versioned IMAAF reconstruction with the nine sections', () => {
    expect(defaultFramework.id).toBe('imaaf-reconstruction');
    expect(defaultFramework.version).toBe('2026.2');
    // Version 2026.1 stays built in, unchanged, so assessments started under it still open.
    expect(builtInFrameworks.map((framework) => framework.version)).toEqual(['2026.1', '2026.2']);
    expect(builtInFrameworks[0]).toEqual(loadFramework(imaafReconstruction));
    expect(defaultFramework.sections.map((section) => section.id)).toEqual([
      'session-and-engagement',
      'identity-and-age',
      'why-here',
      'who-the-child-is-with',
      'route',
      'home-country',
      'uk-situation',
      'agencies',
      'analysis',
    ]);
    expect(defaultFramework.sections.find((section) => section.id === 'who-the-child-is-with')?.repeat).toBe('per-connected-adult');
    expect(defaultFramework.basis).toMatch(/chapter six/);
  });

  it('gives every item a question, sources, allowed information sources and a kind of answer', () => {
    for (const item of items) {
      expect(item.question.trim().endsWith('?')).toBe(true);
      expect(item.sources.length).toBeGreaterThan(0);
      expect(item.allowedSources.length).toBeGreaterThan(0);
      for (const source of item.sources) expect(source).toMatch(/^S\d+[a-z]?$/);
    }
  });

  it('links every indicator item to the catalogue, with adult factors only in the per-adult block', () => {
    for (const item of items.filter((entry) => entry.indicatorCode)) {
      const indicator = index.indicators.get(item.indicatorCode ?? '');
      expect(indicator, item.id).toBeDefined();
      expect(['tri', 'ysn']).toContain(item.answerType);
      expect(indicator?.appliesTo === 'adult').toBe(item.about === 'connected-adult');
    }
    expect(index.adultItems.filter((item) => item.indicatorCode).length).toBeGreaterThanOrEqual(8);
    const ukSection = defaultFramework.sections.find((section) => section.id === 'uk-situation');
    expect(ukSection?.items.filter((item) => item.indicatorCode).length).toBeGreaterThanOrEqual(40);
  });

  it('carries the NSPCC assessment advice in the help text', () => {
    const help = (id: string) => `${index.items.get(id)?.help ?? ''}`;
    expect(help('spoken-alone')).toMatch(/without the accompanying adult present/);
    expect(help('interpreter-not-same-area')).toMatch(/same area of the child’s country of origin/);
    expect(help('told-done-nothing-wrong')).toMatch(/done nothing wrong/);
    expect(help('child-reassured')).toMatch(/safe for them to talk to you/);
    const adultSection = defaultFramework.sections.find((section) => section.id === 'who-the-child-is-with');
    expect(adultSection?.intro).toMatch(/may not be their parents, and may not have the authority to care for them/);
  });

  it('accepts "not known" for every item, listing only the gaps that matter for this child', () => {
    const everythingUnknown = answers(Object.fromEntries(index.onceItems.map((item) => [item.id, notKnown()])));
    // A British child with no cross-border element and no indicator: questions about other countries and about the
    // exploitation itself are not gaps for them (issue 11, class 7).
    const calm = outcomeFor(makeCase(), everythingUnknown);
    const always = index.onceItems.filter((item) => !item.gapWhen);
    expect(calm.informationGaps.filter((gap) => gap.connectedAdultId === null).map((gap) => gap.itemId)).toEqual(always.map((item) => item.id));
    expect(calm.informationGaps.map((gap) => gap.itemId)).not.toContain('still-in-situation');
    expect(calm.informationGaps.map((gap) => gap.itemId)).not.toContain('asylum-claim');
    // A Romanian child with an indicator: every not-known answer is a gap.
    const withConcern = answers({ ...everythingUnknown.items, 'movement-controlled': answer('suspected') });
    const concerned = outcomeFor(makeCase({}, { nationalities: ['Romanian'] }), withConcern);
    expect(concerned.informationGaps.filter((gap) => gap.connectedAdultId === null)).toHaveLength(index.onceItems.length - 1);
  });
});

describe('loading a framework as data', () => {
  it('loads a corrected version with a new indicator item, and the rules use it', () => {
    const corrected = copy();
    corrected.version = '2026.3';
    corrected.extraIndicators = [
      {
        code: 'works-in-nail-bar',
        category: 'work-money-possessions',
        exploitationTypes: ['forced-to-work'],
        appliesTo: 'child',
        sources: ['S2'],
        label: 'Works in a nail bar',
      },
    ];
    const uk = corrected.sections.find((section) => section.id === 'uk-situation');
    uk?.items.push({
      id: 'works-in-nail-bar',
      question: 'Does the child work in a nail bar?',
      answerType: 'ysn',
      about: 'child',
      allowedSources: ['child', 'observation'],
      sources: ['S2'],
      indicatorCode: 'works-in-nail-bar',
    });
    const framework = loadFramework(corrected);
    expect(framework.version).toBe('2026.3');

    const given = answers({ 'works-in-nail-bar': answer('suspected'), 'immediate-danger': answer('no') }, {}, framework);
    const outcome = outcomeFor(makeCase(), given, framework);
    expect(outcome.frameworkVersion).toBe('2026.3');
    const work = outcome.indicatorsByCategory.find((category) => category.category === 'work-money-possessions');
    expect(work?.suspected).toBe(1);
    expect(work?.items[0]?.itemId).toBe('works-in-nail-bar');
    expect(recommendation(outcome, 'consider-nrm-referral')?.reason).toMatch(/works in a nail bar \(suspected\)/);
    expect(outcome.exploitationTypesToExplore).toEqual(['forced-to-work']);
    expect(outcome.notes.find((note) => note.id === 'reconstruction')?.text).toContain('version 2026.3');

    // The same answers under the old version are refused: the item does not exist there.
    expect(() => outcomeFor(makeCase(), { ...given, frameworkVersion: '2026.1' }, framework)).toThrow(AppError);
    // The built-in catalogue is unchanged.
    expect(findIndicator('works-in-nail-bar')).toBeUndefined();
  });

  it('finds the immediate danger question by its role, so a renamed item still leads to 999', () => {
    const renamed = copy();
    renamed.version = '2026.3';
    const danger = renamed.sections.flatMap((section) => section.items).find((item) => item.role === 'immediate-danger');
    expect(danger).toBeDefined();
    if (danger) danger.id = 'child-in-danger-now';
    const framework = loadFramework(renamed);
    const outcome = outcomeFor(makeCase(), answers({ 'child-in-danger-now': answer('yes') }, {}, framework), framework);
    expect(ids(outcome)[0]).toBe('call-999');
  });

  it('rejects a framework without an immediate danger question', () => {
    const broken = copy();
    for (const section of broken.sections) section.items = section.items.filter((item) => item.role !== 'immediate-danger');
    expectRejected(broken, 'immediate-danger');
  });

  it('rejects repeated item ids', () => {
    const broken = copy();
    const first = broken.sections[0]?.items[0];
    if (first) broken.sections[1]?.items.push({ ...first });
    expectRejected(broken, 'used twice');
  });

  it('rejects a choice without options, and an option called "unknown"', () => {
    const noOptions = copy();
    const choice = noOptions.sections.flatMap((section) => section.items).find((item) => item.answerType === 'choice');
    if (choice) delete choice.options;
    expectRejected(noOptions, 'needs options');

    const unknownOption = copy();
    const other = unknownOption.sections.flatMap((section) => section.items).find((item) => item.answerType === 'choice');
    other?.options?.push({ value: 'unknown', label: 'Not known' });
    expectRejected(unknownOption, 'unknown');
  });

  it('rejects an indicator code that is not in the catalogue, and an adult item outside the per-adult block', () => {
    const badCode = copy();
    const indicatorItem = badCode.sections.flatMap((section) => section.items).find((item) => item.indicatorCode);
    if (indicatorItem) indicatorItem.indicatorCode = 'made-up-indicator';
    expectRejected(badCode, 'not in the catalogue');

    const misplaced = copy();
    misplaced.sections[0]?.items.push({
      id: 'misplaced-adult-item',
      question: 'Is this adult here?',
      answerType: 'tri',
      about: 'connected-adult',
      allowedSources: ['observation'],
      sources: ['S1'],
    });
    expectRejected(misplaced, 'about');
  });

  it('rejects an item with no sources, and text that is not a framework at all', () => {
    const noSources = copy();
    const item = noSources.sections[0]?.items[0];
    if (item) item.sources = [];
    expectRejected(noSources, 'sources');
    expect(() => loadFramework('not a framework')).toThrow(AppError);
    expect(() => loadFramework(null)).toThrow(AppError);
  });
});

describe('the indicator catalogue', () => {
  it('has unique codes, a source and a label for each, and NRM exploitation types only', () => {
    const codes = indicatorCatalogue.map((indicator) => indicator.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const indicator of indicatorCatalogue) {
      expect(indicator.sources.length).toBeGreaterThan(0);
      expect(indicator.label.length).toBeGreaterThan(5);
    }
  });

  it('includes the NSPCC adult factors (reference 3.4) as adult indicators', () => {
    for (const code of [
      'adult-visas-for-several-children',
      'adult-travels-with-unrelated-children',
      'adult-insists-on-staying-and-speaking',
      'adult-lives-with-unrelated-children',
      'adult-abandoned-or-denies-knowing',
    ]) {
      expect(findIndicator(code)).toMatchObject({ appliesTo: 'adult', category: 'adult-involvement', sources: expect.arrayContaining(['S23']) });
    }
  });

  it('draws on each confirmed list: Home Office general and child (S7), the matrix (S22), the NSPCC list (S23) and the others (S24–S27)', () => {
    const sources = new Set(indicatorCatalogue.flatMap((indicator) => indicator.sources));
    for (const source of ['S1', 'S7', 'S22', 'S23', 'S24', 'S25', 'S26', 'S27']) expect(sources.has(source)).toBe(true);
    expect(indicatorCatalogue.filter((indicator) => indicator.appliesTo === 'setting').length).toBeGreaterThanOrEqual(4);
  });
});
