import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { formatApproxDate, type ApproxDate } from '../../../domain/case/approx-date';
import { nrmLists } from '../../../domain/reference-data';
import { answerCodeLabel, describeSources, informationSourceLabels, ysnLabels, type Answer, type FrameworkItem, type InformationSource } from '../../../domain/imaaf';
import { ApproxDateInput } from '../../components/ApproxDateInput';
import { Combobox } from '../../components/Combobox';
import { FormGroup } from '../../components/FormGroup';
import { FormProvider } from '../../components/FormProvider';
import { parseTypedDate, isTypedDate, typedFromApprox, type TypedDate } from '../../form-state';
import { triStateLabels } from '../../../domain/case/schemas';
import { optionsFrom } from '../../components/optionsFrom';

const TEXT_SAVE_DELAY_MS = 600;

interface Props {
  item: FrameworkItem;
  /** Unique within the page: the item id, with the adult's id for per-adult questions. */
  fieldKey: string;
  answer: Answer | undefined;
  readOnly: boolean;
  save(answer: Answer | null): Promise<string | null>;
}

function describeValue(item: FrameworkItem, answer: Answer | undefined): string {
  if (!answer) return 'Not answered';
  if (answer.unknown || answer.value === 'unknown') return 'Not known';
  const value = answer.value;
  if (value === null) return 'Not answered';
  if (typeof value === 'object' && !Array.isArray(value)) return formatApproxDate(value as ApproxDate);
  const label = (v: string) => item.options?.find((option) => option.value === v)?.label ?? answerCodeLabel(v) ?? v;
  return Array.isArray(value) ? value.map(label).join(', ') || 'None' : label(value);
}

/**
 * One IMAAF question: its practice guidance, an input that fits its answer type, "Not known" always one keystroke
 * away (a radio option, or Alt+K), and a note and source on any answer. Each change is saved as it is given.
 */
export function AssessmentItem({ item, fieldKey, answer, readOnly, save }: Props) {
  const [local, setLocal] = useState<Answer | undefined>(answer);
  const [typedDate, setTypedDate] = useState<TypedDate>(() =>
    item.answerType === 'approx-date' && answer?.value && typeof answer.value === 'object' && !Array.isArray(answer.value)
      ? typedFromApprox(answer.value as ApproxDate)
      : typedFromApprox(null),
  );
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [error, setError] = useState<string | null>(null);
  const textTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const id = `item-${fieldKey}`;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;

  useEffect(() => () => clearTimeout(textTimer.current), []);

  const defaultSource: InformationSource | null = item.allowedSources.length === 1 ? item.allowedSources[0]! : null;

  const commit = async (next: Answer | null) => {
    setStatus('saving');
    const problem = await save(next);
    setError(problem);
    setStatus(problem ? 'failed' : 'saved');
  };

  const setValue = (value: Answer['value'], unknown = false, delay = 0) => {
    const next: Answer = {
      value: unknown ? null : value,
      unknown,
      note: local?.note ?? '',
      source: local?.source ?? defaultSource,
      recordedAt: new Date().toISOString(),
    };
    setLocal(next);
    clearTimeout(textTimer.current);
    if (delay > 0) textTimer.current = setTimeout(() => void commit(next), delay);
    else void commit(next);
  };

  const setDetail = (changes: Partial<Pick<Answer, 'note' | 'source'>>) => {
    if (!local) return;
    const next = { ...local, ...changes };
    setLocal(next);
    clearTimeout(textTimer.current);
    textTimer.current = setTimeout(() => void commit(next), TEXT_SAVE_DELAY_MS);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (readOnly) return;
    if (event.altKey && (event.key === 'k' || event.key === 'K' || event.code === 'KeyK')) {
      event.preventDefault();
      setValue(null, true);
      if (item.answerType === 'approx-date') setTypedDate(typedFromApprox(null));
    }
  };

  const isUnknown = local?.unknown === true || local?.value === 'unknown';
  const radios = (options: { value: string; label: string }[]) => (
    <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        const checked = option.value === 'unknown' ? isUnknown : !isUnknown && local?.value === option.value;
        return (
          <div className="govuk-radios__item" key={option.value}>
            <input
              className="govuk-radios__input"
              id={optionId}
              name={id}
              type="radio"
              value={option.value}
              checked={checked}
              disabled={readOnly}
              onChange={() => (option.value === 'unknown' ? setValue(null, true) : setValue(option.value))}
            />
            <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
              {option.label}
            </label>
          </div>
        );
      })}
    </div>
  );

  const notKnownCheckbox = (
    <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-top-2">
      <div className="govuk-checkboxes__item">
        <input
          className="govuk-checkboxes__input"
          id={`${id}-not-known`}
          type="checkbox"
          checked={isUnknown}
          disabled={readOnly}
          onChange={(event) => (event.target.checked ? setValue(null, true) : setLocal(undefined))}
        />
        <label className="govuk-label govuk-checkboxes__label" htmlFor={`${id}-not-known`}>
          Not known
        </label>
      </div>
    </div>
  );

  let input;
  if (readOnly) {
    input = <p className="govuk-body govuk-!-font-weight-bold app-pre-wrap">{describeValue(item, local)}</p>;
  } else if (item.answerType === 'tri') {
    input = radios(optionsFrom(triStateLabels));
  } else if (item.answerType === 'ysn') {
    input = radios([...Object.entries(ysnLabels).map(([value, label]) => ({ value, label })), { value: 'unknown', label: 'Not known' }]);
  } else if (item.answerType === 'choice') {
    input = radios([...(item.options ?? []), { value: 'unknown', label: 'Not known' }]);
  } else if (item.answerType === 'multi-choice') {
    const chosen = Array.isArray(local?.value) ? local.value : [];
    input = (
      <>
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {(item.options ?? []).map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={optionId}
                  type="checkbox"
                  checked={!isUnknown && chosen.includes(option.value)}
                  onChange={(event) =>
                    setValue(event.target.checked ? [...chosen, option.value] : chosen.filter((value) => value !== option.value))
                  }
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={optionId}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
        {notKnownCheckbox}
      </>
    );
  } else if (item.answerType === 'text') {
    input = (
      <>
        <textarea
          className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
          id={id}
          rows={4}
          value={typeof local?.value === 'string' && !isUnknown ? local.value : ''}
          aria-describedby={[item.help ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}
          onChange={(event) => setValue(event.target.value, false, TEXT_SAVE_DELAY_MS)}
        />
        {notKnownCheckbox}
      </>
    );
  } else if (item.answerType === 'country') {
    input = (
      <>
        <Combobox
          id={id}
          label="Country"
          options={nrmLists.countries}
          value={typeof local?.value === 'string' && !isUnknown ? local.value : null}
          error={error ?? undefined}
          onChoose={(value) => (value ? setValue(value) : undefined)}
        />
        {notKnownCheckbox}
      </>
    );
  } else {
    input = (
      <>
        <FormProvider
          value={{ date: typedDate }}
          issues={error ? [{ path: 'date', message: error }] : []}
          set={(_path, next) => {
            const typed = isTypedDate(next) ? next : typedFromApprox(next as ApproxDate | null);
            setTypedDate(typed);
            const parsed = parseTypedDate(typed);
            if (parsed.ok && parsed.value) setValue(parsed.value, false, TEXT_SAVE_DELAY_MS);
          }}
        >
          <ApproxDateInput path="date" label="Date" />
        </FormProvider>
        {notKnownCheckbox}
      </>
    );
  }

  const usesFieldset = item.answerType !== 'text';
  return (
    // Alt+K anywhere in the question marks it not known.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div onKeyDown={onKeyDown}>
      <FormGroup
        id={id}
        as={usesFieldset ? 'fieldset' : 'label'}
        label={<span id={`${id}-question`}>{item.question}</span>}
        labelSize="s"
        hint={item.help}
        hintId={helpId}
        error={error ?? undefined}
        errorId={errorId}
        after={
          <>
            {item.role === 'immediate-danger' && local?.value === 'yes' ? (
              <div className="govuk-error-summary govuk-!-margin-top-4" role="alert">
                <h3 className="govuk-error-summary__title">Call the police on 999 now</h3>
                <div className="govuk-error-summary__body">
                  <p className="govuk-body">Then follow your organisation’s child protection procedure. The rest of the assessment can wait.</p>
                </div>
              </div>
            ) : null}
            {local && !readOnly ? (
              <details className="govuk-details govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                <summary className="govuk-details__summary">
                  <span className="govuk-details__summary-text">Note and source{local.note || local.source ? ' (added)' : ''}</span>
                </summary>
                <div className="govuk-details__text">
                  <FormGroup id={`${id}-source`} label="Where this came from">
                    <select
                      className="govuk-select"
                      id={`${id}-source`}
                      value={local.source ?? ''}
                      onChange={(event) => setDetail({ source: event.target.value === '' ? null : (event.target.value as InformationSource) })}
                    >
                      <option value="">Not recorded</option>
                      {item.allowedSources.map((source) => (
                        <option key={source} value={source}>
                          {informationSourceLabels[source]}
                        </option>
                      ))}
                    </select>
                  </FormGroup>
                  <FormGroup id={`${id}-note`} label="Note" className="govuk-!-margin-bottom-0">
                    <textarea className="govuk-textarea" id={`${id}-note`} rows={2} value={local.note} onChange={(event) => setDetail({ note: event.target.value })} />
                  </FormGroup>
                </div>
              </details>
            ) : null}
            {readOnly && local && (local.note || local.source) ? (
              <p className="govuk-body-s">
                {local.source ? `Source: ${informationSourceLabels[local.source]}. ` : ''}
                {local.note}
              </p>
            ) : null}
            <p className="govuk-body-s govuk-!-margin-bottom-0 govuk-!-margin-top-1">
              <span className="govuk-visually-hidden">Based on: </span>
              <span aria-hidden="true">Based on: </span>
              {describeSources(item.sources)}
              {status === 'saved' ? <span className="govuk-!-margin-left-2">Saved</span> : null}
              {status === 'saving' ? <span className="govuk-!-margin-left-2">Saving…</span> : null}
            </p>
            <div role="status" className="govuk-visually-hidden">
              {status === 'failed' ? `Not saved: ${error ?? ''}` : ''}
            </div>
          </>
        }
      >
        {input}
      </FormGroup>
    </div>
  );
}
