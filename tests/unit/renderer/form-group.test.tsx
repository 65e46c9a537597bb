import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FormGroup } from '../../../renderer/components/FormGroup';
import { FormProvider } from '../../../renderer/components/FormProvider';
import { Radios } from '../../../renderer/components/Radios';
import { SummaryList } from '../../../renderer/components/SummaryList';
import { Table } from '../../../renderer/components/Table';
import { TextInput } from '../../../renderer/components/TextInput';

function inForm(value: unknown, issues: { path: string; message: string }[], field: React.ReactNode): string {
  return renderToStaticMarkup(
    <FormProvider value={value} set={() => undefined} issues={issues}>
      {field}
    </FormProvider>,
  );
}

describe('FormGroup', () => {
  it('labels the control, and describes it by the hint and the error, with ids made from its own', () => {
    const html = renderToStaticMarkup(
      <FormGroup id="field-name" label="Name" hint="As they say it." error="Enter a name">
        {(describedBy) => <input id="field-name" aria-describedby={describedBy} />}
      </FormGroup>,
    );
    expect(html).toContain('<div class="govuk-form-group govuk-form-group--error">');
    expect(html).toContain('<label class="govuk-label" for="field-name">Name</label>');
    expect(html).toContain('<div id="field-name-hint" class="govuk-hint">As they say it.</div>');
    expect(html).toContain('<p id="field-name-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Enter a name</p>');
    expect(html).toContain('aria-describedby="field-name-hint field-name-error"');
  });

  it('leaves out what is not there, and never writes an empty aria-describedby', () => {
    const html = renderToStaticMarkup(
      <FormGroup id="field-name" label="Name" error={undefined}>
        {(describedBy) => <input id="field-name" aria-describedby={describedBy} />}
      </FormGroup>,
    );
    expect(html).toBe('<div class="govuk-form-group"><label class="govuk-label" for="field-name">Name</label><input id="field-name"/></div>');
  });

  it('puts a group of options in a fieldset described by the hint and error, with the label as its legend', () => {
    const html = renderToStaticMarkup(
      <FormGroup id="judgement" as="fieldset" label="Concerned?" labelSize="s" hint="Say why." hintId="judgement-hint" error="Choose one" errorId="judgement-error">
        <div className="govuk-radios" />
      </FormGroup>,
    );
    expect(html).toContain('<fieldset class="govuk-fieldset" aria-describedby="judgement-hint judgement-error"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Concerned?</legend>');
    expect(html).toContain('<div id="judgement-hint" class="govuk-hint">Say why.</div>');
    expect(html).toContain('<p id="judgement-error" class="govuk-error-message">');
  });

  it('is what the form fields are built on: a text input and radios show their error from the form', () => {
    const issues = [{ path: 'child.given', message: 'Enter a given name' }, { path: 'gender', message: 'Choose one' }];
    const text = inForm({ child: { given: '' } }, issues, <TextInput path="child.given" label="Given name" hint="As they say it." />);
    expect(text).toContain('<label class="govuk-label" for="field-child-given">Given name</label>');
    expect(text).toContain('aria-describedby="field-child-given-hint field-child-given-error"');
    expect(text).toContain('class="govuk-input govuk-input--error"');
    const radios = inForm({}, issues, <Radios path="gender" label="Gender" options={[{ value: 'female', label: 'Female' }, { value: 'male', label: 'Male' }]} />);
    expect(radios).toContain('<div class="govuk-form-group govuk-form-group--error"><fieldset class="govuk-fieldset" aria-describedby="field-gender-error">');
    expect(radios).toContain('id="field-gender"');
    expect(radios).toContain('id="field-gender-male"');
  });
});

describe('SummaryList and Table', () => {
  it('a summary list has one row per question, key then value', () => {
    const html = renderToStaticMarkup(<SummaryList rows={[['Reference', 'C-1'], ['Status', 'Open']]} />);
    expect(html).toBe(
      '<dl class="govuk-summary-list">' +
        '<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Reference</dt><dd class="govuk-summary-list__value">C-1</dd></div>' +
        '<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Status</dt><dd class="govuk-summary-list__value">Open</dd></div>' +
        '</dl>',
    );
  });

  it('a table has its caption, scoped column headings (one heard only by screen readers) and a row per item', () => {
    const html = renderToStaticMarkup(
      <Table caption="Agencies" captionSize="m" columns={['Agency', { hidden: 'Actions' }]} rows={[{ key: 'a', cells: ['Police', <a href="#x">Change</a>] }]} />,
    );
    expect(html).toContain('<caption class="govuk-table__caption govuk-table__caption--m">Agencies</caption>');
    expect(html).toContain('<th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Actions</span></th>');
    expect(html).toContain('<tr class="govuk-table__row"><td class="govuk-table__cell">Police</td><td class="govuk-table__cell"><a href="#x">Change</a></td></tr>');
  });

  it('with row headings the first cell heads its row, and an empty table says so', () => {
    const headed = renderToStaticMarkup(<Table caption="Legs" columns={['Leg', 'From']} rows={[{ key: 1, cells: ['1', 'Vietnam'] }]} rowHeaders />);
    expect(headed).toContain('<th scope="row" class="govuk-table__header">1</th><td class="govuk-table__cell">Vietnam</td>');
    const empty = renderToStaticMarkup(<Table caption="Legs" captionHidden columns={['Leg', 'From']} rows={[]} empty="None recorded" />);
    expect(empty).toContain('<caption class="govuk-table__caption govuk-visually-hidden">Legs</caption>');
    expect(empty).toContain('<td class="govuk-table__cell" colSpan="2">None recorded</td>');
  });
});
