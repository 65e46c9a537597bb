import { describe, expect, it } from 'vitest';
import { buildDocument, templateFiles, type SharingChoices } from '../../../domain/documents';
import { nrmSections, type NrmAnswersRecord } from '../../../domain/nrm';
import type { CaseRecord } from '../../../domain/case/schemas';
import { generatePdf } from '../../../core/pdf/generate';
import { GENERATED_AT, GENERATED_BY, documentInput, fullAssessment, fullCase, longAccount, names, withheld } from '../documents/case-fixture';
import { normaliseExtracted, pdfText, squash } from '../documents/helpers';

/** One answer for every question a child is asked, each naming its field id so the order can be read back. */
function childAnswers(): NrmAnswersRecord {
  return {
    answers: {
      'pv-under-age': 'Yes',
      'when-did-the-exploitation-take-place': 'Answer when-did-the-exploitation-take-place: from about March 2025 to January 2026.',
      'what-were-they-required-to-do': 'Answer what-were-they-required-to-do: cleaning from six in the morning, no breaks.',
      'living-conditions': 'Answer living-conditions: slept on a mattress in a store room.',
      'how-they-were-treated': 'Answer how-they-were-treated: her passport was kept by the man she called uncle.',
      'still-in-exploitative-situation': 'No',
      'how-why-did-they-leave-the-situation': 'Answer how-why-did-they-leave-the-situation: she ran to a shop and asked for the police.',
      'when-last-contact': 'Within the last 6-12 months',
      'is-this-the-first-chance-to-report': 'No',
      'why-report-now': 'Answer why-report-now: she was afraid of being sent back.',
      'where-exploitation-happened': 'UK and overseas',
      'where-exploitation-happened-uk-city': ['Leeds', 'Bradford'],
      'where-exploitation-happened-overseas-country': ['Belgium'],
      'who-exploited-pv': 'Answer who-exploited-pv: a man called “the boss”, speaks Vietnamese and English, tattoo on his left hand.',
      'fr-alternative-contact': 'duty-team@example.org',
    },
    accepted: {},
  };
}

async function pack(record: CaseRecord, sharing?: SharingChoices) {
  const assessment = fullAssessment(record, 'A short professional judgement.');
  const built = buildDocument('nrm-preparation-pack', { ...documentInput(record, 'nrm-first-responder', assessment), sharing });
  const pdf = await generatePdf(built, { caseReference: record.reference, generatedAt: GENERATED_AT, generatedBy: GENERATED_BY }, templateFiles['nrm-preparation-pack']);
  return { built, pdf, text: normaliseExtracted(await pdfText(pdf.bytes)) };
}

describe('the NRM preparation pack', () => {
  it('prints every answer in the 2026 order, with the sections a child is asked and the service’s option wording', async () => {
    const record = { ...fullCase(), nrm: childAnswers() };
    const { text, pdf } = await pack(record);
    const answerIds = Object.entries(record.nrm.answers).filter(([, value]) => typeof value === 'string' && value.startsWith('Answer ')).map(([id]) => id);
    const positions = answerIds.map((id) => text.indexOf(`Answer ${id}:`));
    expect(positions.every((position) => position >= 0), answerIds.join(', ')).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const sectionPositions = nrmSections.map((section) => text.indexOf(`${section.number}. ${section.title}`));
    expect(sectionPositions.every((position) => position >= 0)).toBe(true);
    expect([...sectionPositions].sort((a, b) => a - b)).toEqual(sectionPositions);
    for (const value of ['Leeds', 'Bradford', 'Belgium', 'duty-team@example.org']) expect(text).toContain(value);
    // Pre-filled from the case where the worker has not answered: the child's first name and place of birth.
    expect(text).toContain(names.childGiven);
    expect(pdf.problems).toEqual([]);
  });

  it('lists the NRM questions still empty for the documents page, and not those a child is not asked', async () => {
    const record = { ...fullCase(), nrm: childAnswers() };
    const { built } = await pack(record);
    expect(built.gaps).toContain('4. Exploitation Details: Tell us about the last contact between the potential victim and their exploiters');
    expect(built.gaps).not.toContain('4. Exploitation Details: Their treatment');
    expect(built.gaps.some((gap) => gap.startsWith('8. Consent and Support'))).toBe(false);
    expect(built.gaps.some((gap) => gap.startsWith('9. Duty to Notify'))).toBe(false);
  });

  it('keeps a 15,000-character answer whole and continues it on a continuation sheet', async () => {
    const account = longAccount(15_000);
    const record = { ...fullCase(), nrm: { answers: { ...childAnswers().answers, 'how-they-were-treated': account }, accepted: {} } };
    const { pdf, text } = await pack(record);
    const continued = pdf.continuedFields.find((field) => field.field === 'how-they-were-treated');
    expect(continued?.totalCharacters).toBe(15_000);
    expect(text).toContain(`… continued on page ${continued?.continuationPage}`);
    const sheet = normaliseExtracted(await pdfText(pdf.bytes, { firstPage: continued?.continuationPage }));
    expect(sheet).toContain('Their treatment (continued from page');
    expect(squash(sheet)).toContain(squash(account.slice(-400)));
  });

  it('holds no value withheld from the NRM audience, even typed into an NRM answer', async () => {
    const base = fullCase();
    const flagged = base.connectedAdults.filter((adult) => adult.doNotShareWith).map((adult) => adult.id);
    const typed = `Lives at ${withheld.placementAddress}. ${names.withheldLatin} collected her from the station.`;
    const record = { ...base, nrm: { answers: { ...childAnswers().answers, 'who-exploited-pv': typed, 'living-conditions': typed }, accepted: {} } };
    const { text } = await pack(record, { reachesAdultIds: flagged });
    for (const value of [withheld.placementAddress, withheld.placementCarer, names.withheldLatin, names.withheldCyrillic, withheld.withheldAdultPhone, withheld.withheldAdultAddress]) {
      expect(squash(text)).not.toContain(squash(value));
    }
    expect(text).toContain('[name withheld] collected her from the station');
    expect(text).toContain('[address withheld]');
  });
});
