import { describe, expect, it } from 'vitest';
import {
  LAST_CONTACT_OPTIONS,
  NRM_SOURCE,
  applicableQuestions,
  applicableSections,
  askedQuestions,
  nrmAnswersSchema,
  nrmSections,
  type NrmAnswers,
} from '../../../domain/nrm';

/** The prompt sheet's contents page (First Responder Form Offline Prompt Sheet, 27 April 2026, p2): titles and pages. */
const contents: Array<[string, number]> = [
  ['First Responder Details', 3],
  ['Age Confirmation', 4],
  ['Potential Victim’s Background', 5],
  ['Exploitation Details', 6],
  ['Professional Insight', 12],
  ['Exploitation Location', 15],
  ['Exploiters’ Details', 17],
  ['Consent and Support', 22],
  ['Duty to Notify', 24],
  ['Potential Victim Personal Details', 25],
  ['Decision Making and Contact', 28],
  ['Further support and links', 33],
  ['General indicators of Modern Slavery', 36],
];

const ids = (answers: NrmAnswers) => askedQuestions(answers).map(({ question }) => question.id);
const titles = (answers: NrmAnswers) => applicableSections(answers).map((section) => section.title);

describe('the NRM questions as the 2026 prompt sheet asks them', () => {
  it('names its source', () => {
    expect(NRM_SOURCE).toContain('27 April 2026');
  });

  it('has the sheet’s 13 sections in its order, numbered 1 to 13, with its page numbers', () => {
    expect(nrmSections.map((section) => [section.title, section.page])).toEqual(contents);
    expect(nrmSections.map((section) => section.number)).toEqual(contents.map((_, index) => index + 1));
  });

  it('keeps each section’s questions in page order', () => {
    for (const section of nrmSections) {
      const pages = section.questions.map((question) => question.page);
      expect(pages, section.title).toEqual([...pages].sort((a, b) => a - b));
      expect(pages.every((page) => page >= section.page), section.title).toBe(true);
    }
  });

  it('asks a child no consent and no Duty to Notify questions, and an unanswered age as a child', () => {
    for (const under18 of ['Yes', 'Not Sure', undefined]) {
      const answers: NrmAnswers = under18 ? { 'pv-under-age': under18 } : {};
      expect(titles(answers)).not.toContain('Consent and Support');
      expect(titles(answers)).not.toContain('Duty to Notify');
      expect(titles(answers)).toContain('Potential Victim Personal Details');
      expect(ids(answers)).toContain('local-authority-contacted-about-child-local-authority-name');
      expect(ids(answers)).not.toContain('pv-under-age-at-time-of-exploitation');
      expect(ids(answers)).not.toContain('who-contact');
    }
  });

  it('asks an adult for consent; Duty to Notify only when they do not consent', () => {
    const adult = { 'pv-under-age': 'No' };
    expect(titles(adult)).toContain('Consent and Support');
    expect(titles(adult)).not.toContain('Duty to Notify');
    expect(ids(adult)).toContain('pv-under-age-at-time-of-exploitation');
    expect(ids(adult)).not.toContain('local-authority-contacted-about-child-local-authority-name');

    const refuses = { ...adult, 'pv-want-to-submit-nrm': 'No' };
    expect(titles(refuses)).toContain('Duty to Notify');
    // Anonymous unless they agree to co-operate: no personal details without co-operation.
    expect(titles(refuses)).not.toContain('Potential Victim Personal Details');
    expect(titles({ ...refuses, 'authorities-cooperation': 'Yes' })).toContain('Potential Victim Personal Details');

    const consents = { ...adult, 'pv-want-to-submit-nrm': 'Yes' };
    expect(ids(consents)).toEqual(expect.arrayContaining(['does-pv-need-support', 'who-contact']));
    expect(ids({ ...consents, 'who-contact': 'Someone else' })).toContain('someone-else-permission-check');
  });

  it('never asks the same field twice, whoever the person is', () => {
    const cases: NrmAnswers[] = [
      {},
      { 'pv-under-age': 'No', 'pv-want-to-submit-nrm': 'No', 'authorities-cooperation': 'Yes' },
      { 'pv-under-age': 'No', 'pv-want-to-submit-nrm': 'Yes', 'who-contact': 'Potential victim', 'pv-contact-details': ['email', 'post'] },
    ];
    for (const answers of cases) expect(new Set(ids(answers)).size).toBe(ids(answers).length);
  });

  // Each conditional (grey) question of the sheet: the answer that shows it, and one that does not.
  it.each([
    ['when-did-the-exploitation-take-place-multiple', 'potential-victim-exploitative-situation-multiple', 'Yes', 'No'],
    ['when-did-the-exploitation-take-place', 'potential-victim-exploitative-situation-multiple', 'I don’t know', 'Yes'],
    ['were-they-taken-somewhere-by-their-exploiter-journey-details', 'were-they-taken-somewhere-by-their-exploiter', 'Yes', 'No'],
    ['what-is-keeping-them-in-situation', 'still-in-exploitative-situation', 'Yes', 'No'],
    ['how-why-did-they-leave-the-situation', 'still-in-exploitative-situation', 'No', 'Yes'],
    ['yes-the-first-chance-to-report', 'is-this-the-first-chance-to-report', 'Yes', 'No'],
    ['not-sure-the-first-chance-to-report', 'is-this-the-first-chance-to-report', 'Not Sure', 'Yes'],
    ['why-report-now', 'is-this-the-first-chance-to-report', 'No', 'Yes'],
    ['modern-slavery-indicators-details', 'modern-slavery-indicators', 'Yes', 'No'],
    ['evidence-of-dishonesty-details', 'evidence-of-dishonesty', 'Yes', 'No'],
    ['are-others-involved-details', 'are-others-involved', 'Yes', 'No'],
    ['where-exploitation-happened-uk-city', 'where-exploitation-happened', 'UK and overseas', 'Overseas'],
    ['where-exploitation-happened-overseas-country', 'where-exploitation-happened', 'Overseas', 'UK'],
    ['are-exploiters-in-the-uk', 'exploiters-location', 'Yes', 'No'],
    ['exploiters-current-location-details', 'exploiters-location', 'Yes', 'No'],
    ['any-other-pvs-details', 'any-other-pvs', 'Not sure', 'No'],
    ['future-exploitation-reasons', 'future-exploitation-concerns', 'Yes', 'No'],
    ['reported-to-police-crime-reference', 'reported-to-police', 'Yes', 'No'],
    ['authorities-cooperation-details', 'authorities-cooperation', 'Yes', 'No'],
    ['does-pv-have-children-yes-amount', 'does-pv-have-children', 'Yes', 'No'],
    ['pv-interpreter-requirements-language', 'pv-interpreter-requirements', 'Yes', 'No'],
    ['pv-ho-reference-type', 'pv-ho-reference', 'Yes', 'No'],
  ])('asks “%s” when “%s” is %s, not when it is %s', (question, parent, shows, hides) => {
    expect(ids({ [parent]: shows })).toContain(question);
    expect(ids({ [parent]: hides })).not.toContain(question);
  });

  it('asks for other exploitation details only when Other is ticked', () => {
    expect(ids({ 'types-of-exploitation': ['prostitution', 'other'] })).toContain('other-exploitation-details');
    expect(ids({ 'types-of-exploitation': ['prostitution'] })).not.toContain('other-exploitation-details');
  });

  it('offers the seven last-contact options in the sheet’s words', () => {
    expect(LAST_CONTACT_OPTIONS).toHaveLength(7);
    expect(LAST_CONTACT_OPTIONS).toContain('Within the last 6-12 months');
  });

  it('takes up to ten UK towns, from the service’s list', () => {
    const exploitation = nrmSections.find((section) => section.title === 'Exploitation Location')!;
    expect(applicableQuestions(exploitation, { 'where-exploitation-happened': 'UK' }).map((q) => q.id)).toContain('where-exploitation-happened-uk-city');
    const ten = Array.from({ length: 10 }, () => 'Leeds');
    expect(nrmAnswersSchema.safeParse({ answers: { 'where-exploitation-happened-uk-city': ten }, accepted: {} }).success).toBe(true);
    expect(nrmAnswersSchema.safeParse({ answers: { 'where-exploitation-happened-uk-city': [...ten, 'York'] }, accepted: {} }).success).toBe(false);
    expect(nrmAnswersSchema.safeParse({ answers: { 'where-exploitation-happened-uk-city': ['Atlantis'] }, accepted: {} }).success).toBe(false);
  });

  it('keeps 15,000 characters in an answer box and refuses one more, in the worker’s words', () => {
    expect(nrmAnswersSchema.safeParse({ answers: { family: 'a'.repeat(15_000) }, accepted: {} }).success).toBe(true);
    const tooLong = nrmAnswersSchema.safeParse({ answers: { family: 'a'.repeat(15_001) }, accepted: {} });
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]?.message).toContain('15,000 characters or fewer');
  });

  it('refuses an answer the service does not offer, and a question it does not ask', () => {
    expect(nrmAnswersSchema.safeParse({ answers: { 'when-last-contact': '6 to 12 months ago' }, accepted: {} }).success).toBe(false);
    expect(nrmAnswersSchema.safeParse({ answers: { 'made-up-question': 'x' }, accepted: {} }).success).toBe(false);
  });
});
