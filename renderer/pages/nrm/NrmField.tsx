import { LONG_TEXT_MAX, answerText, listFor, type NrmAnswerValue, type NrmPrefill, type NrmQuestion } from '../../../domain/nrm';
import { AutocompleteField } from '../../components/AutocompleteField';
import { Checkboxes } from '../../components/Checkboxes';
import { FormGroup, describedByIds } from '../../components/FormGroup';
import { useField } from '../../components/FormProvider';
import { MultiAutocompleteField } from '../../components/MultiAutocompleteField';
import { TextInput } from '../../components/TextInput';

const same = (a: NrmAnswerValue | undefined, b: NrmAnswerValue | undefined) => JSON.stringify(a ?? '') === JSON.stringify(b ?? '');

/** A text box for a long answer, with the GOV.UK character count: the online form takes 15,000 characters. */
function LongAnswer({ path, label, hint }: { path: string; label: string; hint?: string }) {
  const field = useField<string>(path);
  const value = field.value ?? '';
  const left = LONG_TEXT_MAX - value.length;
  const countId = `${field.id}-count`;
  return (
    <div className="govuk-character-count">
      <FormGroup id={field.id} label={label} labelSize="s" hint={hint} error={field.error}>
        {(describedBy) => (
          <>
            <textarea
              className={`govuk-textarea govuk-js-character-count${field.error || left < 0 ? ' govuk-textarea--error' : ''}`}
              id={field.id}
              name={path}
              rows={6}
              value={value}
              aria-describedby={describedByIds(describedBy, countId)}
              onChange={(event) => field.set(event.target.value)}
            />
            <div id={countId} className={`govuk-hint govuk-character-count__message${left < 0 ? ' govuk-error-message' : ''}`} aria-live="polite">
              {left >= 0
                ? `You have ${left.toLocaleString('en-GB')} ${left === 1 ? 'character' : 'characters'} remaining`
                : `You have ${(-left).toLocaleString('en-GB')} ${left === -1 ? 'character' : 'characters'} too many`}
            </div>
          </>
        )}
      </FormGroup>
    </div>
  );
}

/** Radios in the service's own words; ids by position, since the words hold spaces and apostrophes. */
function Choice({ path, label, hint, options }: { path: string; label: string; hint?: string; options: readonly string[] }) {
  const field = useField<string>(path);
  return (
    <FormGroup id={field.id} as="fieldset" label={label} labelSize="s" hint={hint} error={field.error}>
      <div className={`govuk-radios${options.length <= 3 && options.every((option) => option.length < 14) ? ' govuk-radios--inline' : ''}`}>
        {options.map((option, index) => {
          const id = index === 0 ? field.id : `${field.id}-${index}`;
          return (
            <div className="govuk-radios__item" key={option}>
              <input className="govuk-radios__input" id={id} name={field.id} type="radio" value={option} checked={field.value === option} onChange={() => field.set(option)} />
              <label className="govuk-label govuk-radios__label" htmlFor={id}>
                {option}
              </label>
            </div>
          );
        })}
      </div>
    </FormGroup>
  );
}

/** Where a pre-filled answer came from, and a way back to it once changed. */
function FromTheCase({ path, question, prefill }: { path: string; question: NrmQuestion; prefill: NrmPrefill }) {
  const field = useField<NrmAnswerValue>(path);
  const kept = same(field.value, prefill.value);
  return (
    <div className="govuk-inset-text govuk-!-margin-top-0" data-testid={`prefill-${question.id}`}>
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        <strong>{kept ? 'Pre-filled from the case' : 'The case holds a different answer'}</strong>, from {prefill.source}.
        {kept ? ' Saving this page accepts it; change it here if it is not right.' : ''}
      </p>
      {kept ? null : (
        <>
          <p className="govuk-body-s govuk-!-margin-bottom-1 app-pre-wrap">{answerText(question, prefill.value)}</p>
          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => field.set(prefill.value)}>
            Use the answer from the case<span className="govuk-visually-hidden"> for “{question.question}”</span>
          </button>
        </>
      )}
    </div>
  );
}

/** One NRM question as the online form asks it, by its kind. */
export function NrmField({ question, prefill }: { question: NrmQuestion; prefill?: NrmPrefill | undefined }) {
  const path = `answers.${question.id}`;
  const { hint } = question;
  const label = question.question;
  let control;
  switch (question.kind) {
    case 'choice':
      control = <Choice path={path} label={label} hint={hint} options={question.options ?? []} />;
      break;
    case 'long':
      control = <LongAnswer path={path} label={label} hint={hint} />;
      break;
    case 'text':
      control = <TextInput path={path} label={label} hint={hint} />;
      break;
    case 'pick':
      control = <AutocompleteField path={path} label={label} hint={hint} options={listFor(question)} />;
      break;
    case 'picks':
      control = <MultiAutocompleteField path={path} label={label} hint={hint} options={listFor(question)} max={question.max ?? 10} />;
      break;
    case 'ticks':
      control = <Checkboxes path={path} label={label} hint={hint} options={(question.ticks ?? []).map((tick) => ({ value: tick.value, label: tick.group === tick.label || tick.group === 'Contact' ? tick.label : `${tick.group}: ${tick.label}` }))} />;
      break;
  }
  return (
    <div className="app-nrm-question" data-question={question.id}>
      {control}
      {prefill ? <FromTheCase path={path} question={question} prefill={prefill} /> : null}
    </div>
  );
}
