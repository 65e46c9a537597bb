import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, rgb } from 'pdf-lib';
import { fillForm } from '../../../core/pdf/forms';
import type { FormFieldValue } from '../../../core/pdf/form-fields';
import { fillTemplateFromMapping, loadTemplateMapping, templateMappingSchema, valuesFromMapping } from '../../../core/pdf/mapping';
import { normaliseExtracted, pdfText, qpdfCheck, squash } from './helpers';

const templatesFolder = path.resolve(__dirname, '../../../templates');
const template = (name: string) => new Uint8Array(readFileSync(path.join(templatesFolder, name)));
const continuation = {
  documentTitle: 'NRM referral preparation pack',
  caseReference: 'CR-2026-0042',
  generatedAt: '2026-03-03T14:05:00Z',
  generatedBy: 'Sam Patel',
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** About 15,000 characters, the NRM form's cap, in several Latin-script languages plus Greek and Cyrillic. */
function longAccount(): string {
  const sentences = [
    'Nguyễn Thị Ánh said a man promised her work in a nail bar and paid for the journey.',
    'Ștefania Ionescu was told the debt would grow each week she did not work.',
    'Arbër Çela and Łucja Żółć met her at the flat; Ağrı Işık kept the passports.',
    'She remembered the words Ελένη and Олена written on the door of the second house.',
  ];
  let account = '';
  for (let index = 0; account.length < 15_000; index += 1) account += `${index}. ${sentences[index % sentences.length]} `;
  return account.slice(0, 15_000);
}

describe('fillForm on the NRM preparation pack', () => {
  it('puts a 15,000-character account on a continuation sheet without losing a character', async () => {
    const account = longAccount();
    const result = await fillForm(template('nrm-preparation-pack.pdf'), { 'how-did-the-exploitation-start': account, 'pv-name-first-name': 'Ánh' }, { continuation, flatten: true });
    expect(result.continuedFields).toHaveLength(1);
    const [record] = result.continuedFields;
    expect(record?.label).toBe('How did the exploitation start?');
    const templatePages = (await PDFDocument.load(template('nrm-preparation-pack.pdf'))).getPageCount();
    expect(record?.continuationPage).toBe(templatePages + 1);
    expect(result.pageCount).toBeGreaterThan(templatePages);

    const fieldPageText = normaliseExtracted(await pdfText(result.bytes, { firstPage: record?.fieldPage, lastPage: record?.fieldPage }));
    expect(fieldPageText).toContain(`… continued on page ${record?.continuationPage}`);
    expect(record?.shownCharacters).toBeGreaterThan(100);
    expect(squash(fieldPageText)).toContain(squash(account.slice(0, record?.shownCharacters ?? 0)));

    const sheet = await pdfText(result.bytes, { firstPage: record?.continuationPage });
    expect(normaliseExtracted(sheet)).toContain('How did the exploitation start? (continued from page');
    expect(normaliseExtracted(sheet)).toContain('Continuation sheet');
    // Page furniture sits between the pages' text, so compare without it and without whitespace.
    const heading = escape(squash(`${record?.label} (continued from page ${record?.fieldPage})`));
    const body = sheet
      .split('\f')
      .map((page) =>
        squash(page)
          .replace(new RegExp(heading), '')
          .replace(/OFFICIAL-SENSITIVE/g, '')
          .replace('Continuationsheet:NRMreferralpreparationpack', '')
          .replace('CaseCR-2026-0042', '')
          .replace(/Generated.*?Page\d+of\d+/, ''),
      )
      .join('');
    expect(squash(body)).toBe(squash(account));

    const check = await qpdfCheck(result.bytes);
    expect(check.code, check.output).toBe(0);
    expect(check.output).not.toMatch(/WARNING/i);
  });

  it('writes every kind of field so pdf-lib reads the same values back', async () => {
    const values: Record<string, FormFieldValue> = {
      'pv-name-first-name': 'Nguyễn Thị Ánh',
      'pv-name-last-name': 'فاطمة',
      'pv-name-nickname': 'ሰላም · Ελένη · Олена',
      'pv-dob': '2010-03-04',
      'pv-gender': 'Female',
      'pv-nationality': 'Vietnamese',
      'local-authority-contacted-about-child-local-authority-name': 'Kent County Council',
      'types-of-exploitation-forced-to-work': true,
      'types-of-exploitation-prostitution': false,
      'pv-under-age': 'not sure',
      'how-did-the-exploitation-start': 'Short answer.',
    };
    const result = await fillForm(template('nrm-preparation-pack.pdf'), values, { continuation });
    expect(result.problems).toEqual([]);
    expect(result.missingCharacters).toEqual([]);
    const form = (await PDFDocument.load(result.bytes)).getForm();
    expect(form.getTextField('pv-name-first-name').getText()).toBe('Nguyễn Thị Ánh');
    expect(form.getTextField('pv-name-last-name').getText()).toBe('فاطمة');
    expect(form.getTextField('pv-name-nickname').getText()).toBe('ሰላም · Ελένη · Олена');
    expect(form.getTextField('pv-dob').getText()).toBe('04/03/2010');
    expect(form.getTextField('how-did-the-exploitation-start').getText()).toBe('Short answer.');
    expect(form.getRadioGroup('pv-gender').getSelected()).toBe('Female');
    expect(form.getRadioGroup('pv-under-age').getSelected()).toBe('Not Sure');
    expect(form.getDropdown('pv-nationality').getSelected()).toEqual(['Vietnamese']);
    expect(form.getDropdown('local-authority-contacted-about-child-local-authority-name').getSelected()).toEqual(['Kent County Council']);
    expect(form.getCheckBox('types-of-exploitation-forced-to-work').isChecked()).toBe(true);
    expect(form.getCheckBox('types-of-exploitation-prostitution').isChecked()).toBe(false);
    expect(result.unmappedFields).toContain('professional-insight');
    expect(result.unmappedFields).not.toContain('pv-dob');
    // Our own appearance streams are complete, so viewers are not asked to rebuild them.
    expect(form.acroForm.dict.get(PDFName.of('NeedAppearances'))).toBeUndefined();
  });

  it('prints non-Latin values when flattened and passes qpdf --check', async () => {
    const result = await fillForm(
      template('nrm-preparation-pack.pdf'),
      { 'pv-name-first-name': 'Ștefania', 'pv-name-last-name': 'Ионеску', 'pv-name-nickname': 'ሰላም ተስፋይ', family: 'Her mother is called فاطمة and lives in Asmara.', 'pv-gender': 'Female' },
      { continuation, flatten: true },
    );
    const text = normaliseExtracted(await pdfText(result.bytes));
    for (const value of ['Ștefania', 'Ионеску', 'ሰላም ተስፋይ', 'فاطمة', 'lives in Asmara.']) expect(text).toContain(value);
    const doc = await PDFDocument.load(result.bytes);
    expect(doc.getForm().getFields()).toHaveLength(0);
    for (const page of doc.getPages()) {
      const annots = page.node.Annots();
      for (let index = 0; index < (annots?.size() ?? 0); index += 1) expect(doc.context.lookup(annots?.get(index))).toBeDefined();
    }
    const check = await qpdfCheck(result.bytes);
    expect(check.code, check.output).toBe(0);
    expect(check.output).not.toMatch(/WARNING/i);
  });

  it('reports values the form cannot take, and fills the rest', async () => {
    const result = await fillForm(
      template('nrm-preparation-pack.pdf'),
      {
        'pv-gender': 'Unknown',
        'pv-nationality': 'Atlantean',
        'types-of-exploitation-other': 'maybe',
        'pv-dob': 'about 2010',
        'pv-name-first-name': 'Arbër',
        'no-such-field': 'x',
      },
      { continuation },
    );
    const kinds = Object.fromEntries(result.problems.map((problem) => [problem.field, problem.kind]));
    expect(kinds).toEqual({
      'no-such-field': 'unknown-field',
      'pv-gender': 'state-not-present',
      'pv-nationality': 'option-not-present',
      'types-of-exploitation-other': 'state-not-present',
      'pv-dob': 'date-format',
    });
    const form = (await PDFDocument.load(result.bytes)).getForm();
    expect(form.getTextField('pv-name-first-name').getText()).toBe('Arbër');
    expect(form.getTextField('pv-dob').getText()).toBe('about 2010');
    expect(form.getRadioGroup('pv-gender').getSelected()).toBeUndefined();
  });

  it('writes an approximate date in words in a date box that allows it, and still reports text that is no date', async () => {
    const result = await fillForm(
      template('nrm-preparation-pack.pdf'),
      { 'pv-dob': 'about 15 years old on 1 December 2026' },
      { continuation, approximateWordFields: ['pv-dob'] },
    );
    expect(result.problems).toEqual([]);
    expect((await PDFDocument.load(result.bytes)).getForm().getTextField('pv-dob').getText()).toBe('about 15 years old on 1 December 2026');
    const garbled = await fillForm(template('nrm-preparation-pack.pdf'), { 'pv-dob': 'sometime' }, { continuation, approximateWordFields: ['pv-dob'] });
    expect(garbled.problems.map((problem) => problem.kind)).toEqual(['date-format']);
  });

  it('fills the referral template from its mapping with no problems, flattened', async () => {
    const mapping = loadTemplateMapping(path.join(templatesFolder, 'children-services-referral.mapping.json'));
    const bytes = template('children-services-referral.pdf');
    const view = {
      worker: { name: 'Sam Patel', role: 'Social worker', organisation: 'Kent County Council', phone: '01234 567890', email: 'sam.patel@example.gov.uk' },
      dates: { referral: '2026-03-03', childDateOfBirth: '2010-03-04', childDateOfBirthApproximate: true },
      child: { names: [{ given: 'Ánh', family: 'Nguyễn', type: 'main' }], gender: 'female', ageStatus: 'disputed-treated-as-child', languages: ['Vietnamese'], interpreter: { needed: 'yes', language: 'Vietnamese', dialect: 'Northern' } },
      referral: { concerns: longAccount().slice(0, 3_000), parentsAware: 'no', parentsNotAwareReason: 'Telling the adult who brought her could increase the risk.' },
    };
    // Speed is measured in bench/documents.bench.ts, never asserted here.
    const result = await fillTemplateFromMapping(bytes, mapping, view, { continuation, flatten: true });
    expect(result.problems).toEqual([]);
    const flattened = await PDFDocument.load(result.bytes);
    expect(flattened.getForm().getFields()).toEqual([]);
  });
});

describe('a bring-your-own fillable form filled through a mapping file', () => {
  async function councilForm(): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    const form = doc.getForm();
    const name = form.createTextField('Text Box 12');
    name.addToPage(page, { x: 50, y: 760, width: 300, height: 20 });
    name.setFontSize(11);
    const account = form.createTextField('Text Box 13');
    account.enableMultiline();
    account.addToPage(page, { x: 50, y: 560, width: 495, height: 120 });
    account.setFontSize(9);
    const date = form.createTextField('Date1_af_date');
    date.addToPage(page, { x: 50, y: 520, width: 120, height: 20 });
    form.createCheckBox('Check Box 3').addToPage(page, { x: 50, y: 480, width: 12, height: 12 });
    form.createCheckBox('Check Box 4').addToPage(page, { x: 80, y: 480, width: 12, height: 12 });
    const group = form.createRadioGroup('Group1');
    group.addOptionToPage('Choice1', page, { x: 50, y: 440, width: 12, height: 12 });
    group.addOptionToPage('Choice2', page, { x: 80, y: 440, width: 12, height: 12 });
    const dropdown = form.createDropdown('Dropdown5');
    dropdown.setOptions(['Level 1', 'Level 2', 'Level 3', 'Level 4']);
    dropdown.addToPage(page, { x: 50, y: 400, width: 200, height: 20, borderColor: rgb(0, 0, 0) });
    return doc.save();
  }

  const mapping = templateMappingSchema.parse({
    template: 'council-marf.pdf',
    title: 'Council MARF',
    fields: {
      'Text Box 12': { path: ['child.names.0.given', 'child.names.0.family'], label: 'Child’s name' },
      'Text Box 13': { path: 'referral.concerns', label: 'Concerns' },
      Date1_af_date: { path: 'dates.referral', label: 'Date of referral', dateFormat: 'dd/mm/yyyy' },
      'Check Box 3': { path: 'child.ageStatus', label: 'Age disputed', checkedWhen: 'disputed-treated-as-child' },
      'Check Box 4': { path: 'referral.parentsAware', label: 'Parents aware', values: { yes: true, no: false } },
      Group1: { path: 'child.gender', label: 'Gender', values: { female: 'Choice1', male: 'Choice2' } },
      Dropdown5: { path: 'referral.level', label: 'Level of need' },
    },
  });
  const view = {
    child: { names: [{ given: 'Łucja', family: 'Żółć' }], gender: 'female', ageStatus: 'disputed-treated-as-child' },
    referral: { concerns: 'Found at a car wash at 6am; said Ağrı Işık keeps her phone. Ελένη translated.', parentsAware: 'no', level: 'Level 4' },
    dates: { referral: '2026-03-03' },
  };

  it('maps values from the view and puts each one in the form', async () => {
    expect(valuesFromMapping(mapping, view).values).toEqual({
      'Text Box 12': 'Łucja Żółć',
      'Text Box 13': view.referral.concerns,
      Date1_af_date: '2026-03-03',
      'Check Box 3': true,
      'Check Box 4': false,
      Group1: 'Choice1',
      Dropdown5: 'Level 4',
    });
    const result = await fillTemplateFromMapping(await councilForm(), mapping, view, { continuation });
    expect(result.problems).toEqual([]);
    expect(result.unmappedFields).toEqual([]);
    expect(result.unresolvedPaths).toEqual([]);
    const form = (await PDFDocument.load(result.bytes)).getForm();
    expect(form.getTextField('Text Box 12').getText()).toBe('Łucja Żółć');
    expect(form.getTextField('Text Box 13').getText()).toBe(view.referral.concerns);
    expect(form.getTextField('Date1_af_date').getText()).toBe('03/03/2026');
    expect(form.getCheckBox('Check Box 3').isChecked()).toBe(true);
    expect(form.getCheckBox('Check Box 4').isChecked()).toBe(false);
    expect(form.getRadioGroup('Group1').getSelected()).toBe('Choice1');
    expect(form.getDropdown('Dropdown5').getSelected()).toEqual(['Level 4']);

    const flattened = await fillTemplateFromMapping(await councilForm(), mapping, view, { continuation, flatten: true });
    const text = normaliseExtracted(await pdfText(flattened.bytes));
    for (const value of ['Łucja Żółć', 'Ağrı Işık keeps her phone', 'Ελένη', '03/03/2026', 'Level 4']) expect(text).toContain(value);
    const check = await qpdfCheck(flattened.bytes);
    expect(check.code, check.output).toBe(0);
  });
});

describe('project templates', () => {
  it.each(['children-services-referral', 'nrm-preparation-pack', 'ictg-referral-summary'])('%s has a valid mapping naming every field in the PDF', async (name) => {
    const mapping = loadTemplateMapping(path.join(templatesFolder, `${name}.mapping.json`));
    const fieldNames = (await PDFDocument.load(template(`${name}.pdf`))).getForm().getFields().map((field) => field.getName());
    expect(Object.keys(mapping.fields).sort()).toEqual([...fieldNames].sort());
  });

  it('uses the Home Office field ids in the NRM pack, in the form’s order', async () => {
    const fieldNames = (await PDFDocument.load(template('nrm-preparation-pack.pdf'))).getForm().getFields().map((field) => field.getName());
    const order = ['user-email', 'pv-under-age', 'local-authority-contacted-about-child-local-authority-name', 'birthplace', 'how-did-the-exploitation-start', 'professional-insight', 'where-exploitation-happened', 'who-exploited-pv', 'pv-name-first-name', 'pv-dob', 'pv-gender', 'pv-nationality'];
    const positions = order.map((name) => fieldNames.indexOf(name));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
