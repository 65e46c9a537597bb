import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFTextField } from 'pdf-lib';
import { buildDocument, documentTypes, templateFiles, type BuiltDocument, type DocumentType, type SharingChoices } from '../../../domain/documents';
import { AGE_DISPUTED_BANNER, INDICATORS_NOTE, PROTECTIVE_MARKING, type DocumentAudience } from '../../../domain/documents/model';
import { generatePdf, loadBuiltInTemplate } from '../../../core/pdf/generate';
import { fillTemplateFromMapping } from '../../../core/pdf/mapping';
import { openTestCore } from '../../fixtures/core';
import { GENERATED_AT, GENERATED_BY, documentInput, fullAssessment, fullCase, longAccount, names, withheld } from './case-fixture';
import { decodedStreams, normaliseExtracted, pdfPages, pdfText, qpdfCheck, squash } from './helpers';

const record = fullCase();
const assessment = fullAssessment(record);

/** Both adults flagged "do not share with" (Oleg Smirnov and the driver Anh), marked as reached by the audience. */
const reachingFlagged: SharingChoices = { reachesAdultIds: record.connectedAdults.filter((adult) => adult.doNotShareWith).map((adult) => adult.id) };

async function generate(type: DocumentType, audience: DocumentAudience, sharing?: SharingChoices) {
  const built = buildDocument(type, { ...documentInput(record, audience, assessment), sharing });
  const pdf = await generatePdf(built, { caseReference: record.reference, generatedAt: GENERATED_AT, generatedBy: GENERATED_BY }, templateFiles[type]);
  return { built, pdf };
}

/** The ways a literal can sit in PDF bytes: UTF-8, UTF-16BE (text strings) and Latin-1 when it can be. */
function encodings(value: string): Buffer[] {
  const forms = [Buffer.from(value, 'utf8'), Buffer.from(value, 'utf16le').swap16()];
  if (/^[\x20-\x7e]*$/.test(value)) forms.push(Buffer.from(value, 'latin1'));
  return forms;
}

async function metadataText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  return [doc.getTitle(), doc.getAuthor(), doc.getSubject(), doc.getKeywords(), doc.getCreator(), doc.getProducer()].filter(Boolean).join('\n');
}

async function formFieldText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  return doc
    .getForm()
    .getFields()
    .map((field) => (field instanceof PDFTextField ? (field.getText() ?? '') : ''))
    .join('\n');
}

/** Checks that a value appears nowhere a reader or a tool could find it. */
async function expectNowhere(bytes: Uint8Array, values: string[], label: string): Promise<void> {
  const raw = Buffer.from(bytes);
  const streams = await decodedStreams(bytes);
  const text = normaliseExtracted(await pdfText(bytes));
  const metadata = await metadataText(bytes);
  const fields = await formFieldText(bytes);
  for (const value of values) {
    for (const encoded of encodings(value)) {
      expect(raw.includes(encoded), `${label}: raw bytes contain ${value}`).toBe(false);
      for (const stream of streams) expect(stream.includes(encoded), `${label}: a decoded stream contains ${value}`).toBe(false);
    }
    expect(text, `${label}: extracted text`).not.toContain(value);
    expect(squash(text), `${label}: extracted text without spaces`).not.toContain(squash(value));
    expect(metadata, `${label}: metadata`).not.toContain(value);
    expect(fields, `${label}: form fields`).not.toContain(value);
  }
}

/** Left out of every version but the internal record, whoever the audience. */
const contactValues = [
  withheld.placementAddress,
  '14 Example Close',
  withheld.placementCarer,
  withheld.withheldAdultPhone,
  withheld.withheldAdultAddress,
  withheld.sharedAdultPhone,
];

/** The above, and the name of the adult flagged "do not share with": left out where the audience could reach him. */
const withheldValues = [
  ...contactValues,
  names.withheldCyrillic,
  'Олег',
  'Смирнов',
  names.withheldLatin,
  'Smirnov',
];

const expectedText: Record<DocumentType, string[]> = {
  'children-services-referral': [names.childGiven, names.childFamily, names.tigrinyaAlias, names.greekAdult, 'Vietnamese'],
  'nrm-preparation-pack': [names.childGiven, names.childFamily, 'Vietnamese', 'Kent County Council', 'Northern (Nghệ An)'],
  'ictg-referral-summary': [names.childGiven, names.childFamily, names.tigrinyaAlias, 'Kent County Council'],
  'meeting-pack': [names.childGiven, names.tigrinyaAlias, names.greekAdult, names.arabicAdult, 'ሰላም ተስፋይ', 'Hà Nội', 'Tôi muốn đi học'],
  'imaaf-report': [names.childGiven, 'Indicators by category', 'Professional judgement'],
  'child-information-sheet': ['For Thị Mai', 'What is the NRM?', 'Childline', 'Vietnamese'],
};

describe('every document type for a full fictional case', () => {
  const audiences: DocumentAudience[] = ['strategy-meeting', 'internal'];
  const results = new Map<string, Awaited<ReturnType<typeof generate>>>();
  const result = async (type: DocumentType, audience: DocumentAudience, sharing?: SharingChoices) => {
    const key = `${type}/${audience}/${sharing ? 'reaching' : ''}`;
    if (!results.has(key)) results.set(key, await generate(type, audience, sharing));
    return results.get(key)!;
  };

  describe.each(documentTypes)('%s', (type) => {
    it.each(audiences)('prints the expected values and the page furniture on every page (%s)', async (audience) => {
      const { built, pdf } = await result(type, audience);
      expect(pdf.problems).toEqual([]);
      expect(pdf.missingCharacters).toEqual([]);
      const text = normaliseExtracted(await pdfText(pdf.bytes));
      for (const value of expectedText[type]) expect(text).toContain(value);
      const pages = await pdfPages(pdf.bytes);
      expect(pages).toHaveLength(pdf.pageCount);
      const frameworkVersion = built.kind === 'model' ? built.model.frameworkVersion : built.frameworkVersion;
      if (type !== 'child-information-sheet') expect(frameworkVersion).toBe(assessment.frameworkVersion);
      pages.forEach((page, index) => {
        const pageText = normaliseExtracted(page);
        expect(pageText).toContain(PROTECTIVE_MARKING);
        expect(pageText).toContain(`Case ${record.reference}`);
        expect(pageText).toContain(`by ${GENERATED_BY}`);
        expect(pageText).toContain('20 March 2026');
        expect(pageText).toContain(`Page ${index + 1} of ${pdf.pageCount}`);
        expect(pageText).toContain(AGE_DISPUTED_BANNER);
        expect(pageText).toContain(INDICATORS_NOTE);
        if (frameworkVersion) expect(pageText).toContain(`Framework version ${frameworkVersion}`);
      });
      const check = await qpdfCheck(pdf.bytes);
      expect(check.code, check.output).toBe(0);
      expect(check.output).not.toMatch(/WARNING/i);
      if (built.kind === 'form') expect((await PDFDocument.load(pdf.bytes)).getForm().getFields()).toEqual([]);
    });

    it('leaves contact details out of the multi-agency version, and the flagged adults too where it could reach them: bytes, decoded streams, text, fields and metadata', async () => {
      await expectNowhere((await result(type, 'strategy-meeting')).pdf.bytes, contactValues, `${type} for the strategy meeting`);
      const { pdf, built } = await result(type, 'strategy-meeting', reachingFlagged);
      await expectNowhere(pdf.bytes, withheldValues, `${type} for a strategy meeting marked as reaching the flagged adults`);
      expect(JSON.stringify(built)).not.toContain('Олег');
      if (built.kind === 'form') {
        // The same view filled without flattening: no field holds a withheld value either.
        const template = loadBuiltInTemplate(templateFiles[type]!);
        const open = await fillTemplateFromMapping(template.bytes, template.mapping, built.view, {});
        await expectNowhere(open.bytes, withheldValues, `${type} unflattened`);
      }
    });
  });

  // Decision 15: the agencies that must check a suspected adult are told who he is, with his flags beside his name.
  it.each(['police', 'children-services'] as const)('names the adult flagged “do not share with” in the referral for %s, with his flags', async (audience) => {
    const { built, pdf } = await result('children-services-referral', audience);
    const text = normaliseExtracted(await pdfText(pdf.bytes));
    expect(text).toContain(names.withheldCyrillic);
    const view = (built as Extract<BuiltDocument, { kind: 'form' }>).view;
    expect(view.adults.summary).toContain(`${names.withheldCyrillic} (Do not inform, Do not share with)`);
    await expectNowhere(pdf.bytes, contactValues, `referral for ${audience}`);
  });

  it('leaves the flagged adult out of a referral for an audience the worker marks as reaching him', async () => {
    const { pdf } = await result('children-services-referral', 'police', reachingFlagged);
    await expectNowhere(pdf.bytes, withheldValues, 'referral for police marked as reaching the flagged adults');
  });

  it('includes the withheld values in the internal record (so the checks above can fail)', async () => {
    const pack = normaliseExtracted(await pdfText((await result('meeting-pack', 'internal')).pdf.bytes));
    expect(pack).toContain('14 Example Close');
    expect(pack).toContain(names.withheldCyrillic);
    expect(pack).toContain(withheld.withheldAdultPhone);
    expect(squash(pack)).toContain(squash('Police found Mai at a house used to grow cannabis'));

    const { built, pdf } = await result('children-services-referral', 'internal');
    const referral = normaliseExtracted(await pdfText(pdf.bytes));
    expect(referral).toContain('14 Example Close');
    expect(referral).toContain(names.withheldCyrillic);
    expect(referral).toContain(withheld.withheldAdultPhone);
    const template = loadBuiltInTemplate(templateFiles['children-services-referral']!);
    const open = await fillTemplateFromMapping(template.bytes, template.mapping, (built as Extract<BuiltDocument, { kind: 'form' }>).view, {});
    const form = (await PDFDocument.load(open.bytes)).getForm();
    expect(form.getTextField('child-address').getText()).toBe(withheld.placementAddress);
    expect(form.getTextField('adults-details').getText()).toContain(names.withheldCyrillic);
    expect(form.getTextField('child-first-name').getText()).toBe(names.childGiven);
    expect(form.getTextField('child-other-names').getText()).toContain(names.tigrinyaAlias);
  });

  it('opens the multi-agency pack with the strategy discussion as recorded on the case', async () => {
    const text = normaliseExtracted(await pdfText((await result('meeting-pack', 'strategy-meeting')).pdf.bytes));
    const details = squash(text);
    expect(details).toContain(squash('Discussion or meeting Strategy discussion'));
    expect(details).toContain(squash('Thursday 5 March 2026 at 10:00'));
    expect(details).toContain(squash('Chair Priya Shah, team manager'));
    expect(details).toContain(squash('DC Example, Kent Police'));
    expect(details).toContain(squash(`${names.ictgContact}, Independent Child Trafficking Guardian`));
    expect(details).toContain(squash('Mai is not to be told where the meeting is held;'));
    // Decision 15 (this asserted the opposite before): the strategy meeting must know who the suspected adult is.
    expect(text).toContain(names.withheldCyrillic);
  });

  it('says what a version marked as reaching the flagged adults leaves out, and that a chronology entry was withheld', async () => {
    const text = normaliseExtracted(await pdfText((await result('meeting-pack', 'strategy-meeting', reachingFlagged)).pdf.bytes));
    expect(text).toContain('What this version leaves out');
    expect(text).toContain('1 chronology entry was withheld from this version');
    expect(text).toContain('2 further connected adults are left out of this version');
    expect(text).toContain('address and carer withheld from this version');
  });

  it('fills the form fields the multi-agency version may show, and marks the placement as withheld', async () => {
    const { built } = await result('children-services-referral', 'strategy-meeting');
    const template = loadBuiltInTemplate(templateFiles['children-services-referral']!);
    const open = await fillTemplateFromMapping(template.bytes, template.mapping, (built as Extract<BuiltDocument, { kind: 'form' }>).view, {});
    const form = (await PDFDocument.load(open.bytes)).getForm();
    expect(form.getTextField('child-last-name').getText()).toBe(names.childFamily);
    expect(form.getTextField('child-address').getText()).toMatch(/^Withheld from this version/);
    expect(form.getTextField('adults-details').getText()).toContain(names.greekAdult);
    expect(form.getTextField('adults-details').getText()).toContain(names.arabicAdult);
    expect(form.getRadioGroup('parents-aware').getSelected()).toBe('No');
    expect(form.getCheckBox('child-age-disputed').isChecked()).toBe(true);
    expect(open.unresolvedPaths).toEqual([]);
  });

  it('carries a 15,000-character account to a continuation sheet without losing a character', async () => {
    const account = longAccount();
    expect(account.length).toBeGreaterThanOrEqual(14_999);
    const { pdf } = await result('children-services-referral', 'strategy-meeting');
    const continued = pdf.continuedFields.find((field) => field.field === 'referral-concerns');
    expect(continued).toBeDefined();
    expect(continued!.continuationPage).toBeGreaterThan(continued!.fieldPage);
    const sheet = await pdfText(pdf.bytes, { firstPage: continued!.continuationPage });
    // Page furniture sits between the pages' text; take it out and compare without whitespace.
    const body = sheet
      .split('\f')
      .map((page) =>
        squash(page)
          .replace(/OFFICIAL-SENSITIVE/g, '')
          .replace(/Continuationsheet:Multi-agencyreferraltochildren’sservices\(MASH\/MARF\)/g, '')
          .replace(/CaseCR-2026-0042/g, '')
          .replace(/Agedisputed:treatedasachild/g, '')
          .replace(/Indicatorsarenotproof:theyarereasonstoask,recordandrefer\./g, '')
          .replace(/Generated.*?Page\d+of\d+/g, ''),
      )
      .join('');
    expect(body).toContain(squash(account));

    const fieldPage = normaliseExtracted(await pdfText(pdf.bytes, { firstPage: continued!.fieldPage, lastPage: continued!.fieldPage }));
    expect(fieldPage).toContain(`… continued on page ${continued!.continuationPage}`);
  });

  it('prints the named agency as who the document was prepared for', async () => {
    const { pdf } = await generate('meeting-pack', 'named-agency');
    expect(normaliseExtracted(await pdfText(pdf.bytes, { firstPage: 1, lastPage: 1 }))).toContain('Prepared for: Exampletown Refugee Support');
    await expectNowhere(pdf.bytes, withheldValues, 'meeting pack for a named agency');
  });
});

describe('documents through the dispatcher', () => {
  const cores: Array<ReturnType<typeof openTestCore>> = [];
  afterAll(() => cores.forEach((core) => core.close()));

  it('generates every available document, records each in the register with the SHA-256 of its bytes', async () => {
    const core = openTestCore();
    cores.push(core);
    const example = await core.call('cases.loadExample', {});
    const available = await core.call('documents.available', { caseId: example.id, audience: 'children-services' });
    expect(available.documents.map((document) => document.type)).toEqual([...documentTypes]);
    // The example case comes with a completed assessment, so its report can be generated.
    expect(available.documents.find((document) => document.type === 'imaaf-report')?.available).toBe(true);
    expect(available.documents.find((document) => document.type === 'children-services-referral')?.missing).toContain('Phone');

    const hashes = new Map<string, string>();
    for (const document of available.documents.filter((each) => each.available)) {
      const generated = await core.call('documents.generate', { caseId: example.id, type: document.type, audience: 'children-services' });
      const bytes = Buffer.from(generated.pdfBase64, 'base64');
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(generated.entry.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(generated.entry.byteLength).toBe(bytes.length);
      expect(generated.fileName).toMatch(/^EXAMPLE-\d{4}-.*\.pdf$/);
      expect(generated.fileName).not.toMatch(/Mai|Tr/);
      hashes.set(generated.entry.id, generated.entry.sha256);
      await expectNowhere(bytes, ['14 Example Close'], `${document.type} through the dispatcher`);
    }

    const register = await core.call('documents.register', { caseId: example.id });
    expect(register.entries).toHaveLength(hashes.size);
    for (const entry of register.entries) {
      expect(entry.sha256).toBe(hashes.get(entry.id));
      expect(entry.generatedBy).toBe('Test worker');
      expect(entry.audience).toBe('children-services');
    }

    // A case with no completed assessment has no report to generate.
    const fresh = await core.call('cases.create', { jurisdiction: 'England', localAuthority: null, leadWorker: '', child: { names: [{ given: 'Ana', family: 'Test', type: 'main' }] } });
    expect((await core.call('documents.available', { caseId: fresh.id, audience: 'internal' })).documents.find((document) => document.type === 'imaaf-report')?.available).toBe(false);
    const refused = await core.dispatch('documents.generate', { caseId: fresh.id, type: 'imaaf-report', audience: 'internal' }, { worker: 'w' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('VALIDATION');
    // The register is evidence: the database refuses to change it.
    expect(() => core.store.db.prepare('DELETE FROM generated_documents').run()).toThrow(/append-only/);
  });

  it('names the suspected adult with his flags to police and children’s services, leaves him out where the worker marks the audience as reaching him, and audits it without a name', async () => {
    const core = openTestCore();
    cores.push(core);
    const example = await core.call('cases.loadExample', {});
    const record = await core.call('cases.get', { id: example.id });
    const driver = record.connectedAdults.find((adult) => adult.doNotShareWith)!;
    const aunt = record.connectedAdults.find((adult) => !adult.doNotShareWith)!;
    const textOf = async (generated: { pdfBase64: string }) => normaliseExtracted(await pdfText(Buffer.from(generated.pdfBase64, 'base64')));

    for (const audience of ['police', 'children-services'] as const) {
      const text = await textOf(await core.call('documents.generate', { caseId: example.id, type: 'children-services-referral', audience }));
      expect(text, audience).toContain('Anh (Do not inform, Do not share with)');
    }

    const choices = { reachesAdultIds: [driver.id], withhold: [{ adultId: aunt.id, reason: 'Hoa volunteers at this charity.' }] };
    const preview = await core.call('documents.available', { caseId: example.id, audience: 'police', ...choices });
    expect(preview.leavesOut.withheld.map((adult) => adult.because)).toEqual(['withheld-by-worker', 'audience-reaches-them']);
    expect(preview.leavesOut.withheld.find((adult) => adult.because === 'withheld-by-worker')?.why).toContain('Hoa volunteers at this charity.');
    const plain = await core.call('documents.available', { caseId: example.id, audience: 'police' });
    expect(plain.leavesOut.withheld).toEqual([]);
    expect(plain.leavesOut.namedWithFlags).toEqual([{ adultId: driver.id, name: 'Anh', flags: 'Do not inform, Do not share with' }]);
    expect((await core.call('documents.available', { caseId: example.id, audience: 'named-agency', agencyName: 'A charity' })).leavesOut.withheld.map((adult) => adult.because)).toEqual(['do-not-share-with']);

    const reaching = await core.call('documents.generate', { caseId: example.id, type: 'children-services-referral', audience: 'police', ...choices });
    expect(reaching.withheldAdultCount).toBe(2);
    const text = await textOf(reaching);
    for (const name of ['Anh', 'Hoa']) expect(text).not.toMatch(new RegExp(`\\b${name}\\b`));

    const refused = await core.dispatch('documents.generate', { caseId: example.id, type: 'meeting-pack', audience: 'police', withhold: [{ adultId: aunt.id, reason: ' ' }] }, { worker: 'w' });
    expect(refused.ok).toBe(false);

    const { events } = await core.call('audit.forCase', { caseId: example.id });
    const generated = events.find((event) => event.action === 'document.generated')!;
    expect(generated.details).toContain('Connected adults left out of this version: 2');
    expect(generated.details).toContain('Marked as reaching 1 connected adult, left out');
    expect(generated.details).toContain('1 connected adult withheld by the worker from this document, each with a reason');
    const log = JSON.stringify(events);
    for (const name of ['Anh', 'Hoa', 'volunteers']) expect(log).not.toContain(name);
    // The register keeps who this version left out and why, the worker's reason in their words, with the document.
    const register = await core.call('documents.register', { caseId: example.id });
    const entry = register.entries.find((candidate) => candidate.id === reaching.entry.id)!;
    expect(entry.leftOut.map((adult) => adult.name)).toEqual(['Thị Hoa Lê', 'Anh']);
    expect(entry.leftOut[0]!.why).toContain('Hoa volunteers at this charity.');
    expect(entry.leftOut[1]!.why).toContain('You marked that this audience includes this adult');
  });

  it('lists an organisation’s own forms with validation results and fills one by name', async () => {
    const core = openTestCore();
    cores.push(core);
    const forms = path.join(core.folder, 'forms');
    mkdirSync(forms, { recursive: true });
    const templates = path.resolve(__dirname, '../../../templates');
    copyFileSync(path.join(templates, 'ictg-referral-summary.pdf'), path.join(forms, 'our-ictg-form.pdf'));
    const mapping = JSON.parse(readFileSync(path.join(templates, 'ictg-referral-summary.mapping.json'), 'utf8')) as { template: string; title: string; fields: Record<string, unknown> };
    delete mapping.fields['referrer-email'];
    mapping.fields['no-such-field'] = { path: 'child.gender', label: 'Nothing' };
    mapping.fields['child-languages'] = { path: 'child.favouriteColour', label: 'Languages' };
    mapping.fields['child-nationality'] = { path: 'child.names.0.given', label: 'Nationality' };
    writeFileSync(path.join(forms, 'our-ictg-form.mapping.json'), JSON.stringify({ ...mapping, template: 'our-ictg-form.pdf', title: 'Our ICTG form' }));
    copyFileSync(path.join(templates, 'ictg-referral-summary.pdf'), path.join(forms, 'no-mapping.pdf'));

    const listed = await core.call('documents.customForms', {});
    expect(listed.folder).toBe(forms);
    const ours = listed.forms.find((form) => form.name === 'our-ictg-form');
    expect(ours?.valid).toBe(true);
    expect(ours?.title).toBe('Our ICTG form');
    expect(ours?.unmappedFields).toEqual(['referrer-email']);
    expect(ours?.unknownFields).toEqual(['no-such-field']);
    expect(ours?.unknownPaths).toEqual(['child.favouriteColour']);
    expect(ours?.problems.map((problem) => problem.field)).toContain('child-nationality');
    const broken = listed.forms.find((form) => form.name === 'no-mapping');
    expect(broken?.valid).toBe(false);
    expect(broken?.errors[0]).toMatch(/no mapping/);

    const example = await core.call('cases.loadExample', {});
    const generated = await core.call('documents.generate', { caseId: example.id, type: 'ictg-referral-summary', audience: 'ictg', customForm: 'our-ictg-form' });
    const bytes = Buffer.from(generated.pdfBase64, 'base64');
    expect(generated.entry.customForm).toBe('our-ictg-form');
    expect(generated.entry.title).toBe('Our ICTG form');
    const text = normaliseExtracted(await pdfText(bytes));
    expect(text).toContain('Thị Mai');
    expect(text).toContain(`${PROTECTIVE_MARKING} · ${AGE_DISPUTED_BANNER} · Case ${example.reference}`);
    await expectNowhere(bytes, ['14 Example Close'], 'custom form for the ICTG');
    const check = await qpdfCheck(bytes);
    expect(check.code, check.output).toBe(0);
  });
});
