import { useEffect, useRef, useState } from 'react';
import type { OperationOutput } from '../../../domain/api';
import { invoke } from '../../api';
import { recordsKeptWords, type RecordsKept } from '../../components/AppLayout';
import { SuccessBanner } from '../../components/SuccessBanner';

type LocalCases = OperationOutput<'records.localCases'>['cases'];
type Moved = OperationOutput<'records.importLocal'>;

/**
 * Where the case records are kept, as IT set it up; in team mode, the cases still in this computer's own file (from
 * before), with the choice to move them into the team records.
 */
export function RecordsKeptPanel() {
  const [kept, setKept] = useState<RecordsKept | null>(null);
  const [waiting, setWaiting] = useState<LocalCases>([]);
  const [moving, setMoving] = useState(false);
  const [result, setResult] = useState<Moved | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  const load = async () => {
    const [info, local] = await Promise.all([invoke('app.info', {}), invoke('records.localCases', {})]);
    if (info.ok) setKept(info.value.records);
    if (local.ok) setWaiting(local.value.cases);
  };
  useEffect(() => {
    void load();
  }, []);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const move = async () => {
    setMoving(true);
    setError(null);
    const answer = await invoke('records.importLocal', { confirm: true });
    setMoving(false);
    if (answer.ok) setResult(answer.value);
    else setError(answer.error.message);
    await load();
  };

  if (!kept) return null;
  return (
    <section aria-labelledby="records-kept-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="records-kept-heading">
        Where case records are kept
      </h2>
      <p className="govuk-body" data-testid="records-kept">
        {recordsKeptWords(kept)}.{' '}
        {kept.kind === 'team'
          ? 'Your team sees the cases you record, and you see theirs. Your settings, your PIN and anything typed but not yet saved stay on this computer.'
          : 'Nobody else can see them. Your organisation’s IT can set Crossings up to keep cases in your team’s records instead.'}
      </p>
      {result ? (
        <SuccessBanner>
          {result.moved.length === 0 ? 'No cases were moved.' : `${result.moved.length} ${result.moved.length === 1 ? 'case was' : 'cases were'} moved into the team records.`}
          {result.moved
            .filter((item) => item.previousReference)
            .map((item) => ` ${item.previousReference} is now ${item.reference}, because another case already used its reference.`)
            .join('')}
        </SuccessBanner>
      ) : null}
      {result && result.notMoved.length > 0 ? (
        <ul className="govuk-list govuk-list--bullet">
          {result.notMoved.map((item) => (
            <li key={item.reference}>
              {item.reference}: {item.reason}
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <div className="govuk-error-summary" role="alert" tabIndex={-1} ref={errorRef}>
          <h2 className="govuk-error-summary__title">The cases were not all moved</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{error}</p>
          </div>
        </div>
      ) : null}
      {kept.kind === 'team' && waiting.some((item) => !item.inTeamRecords) ? (
        <>
          <h3 className="govuk-heading-s">Cases still on this computer</h3>
          <p className="govuk-body">These cases were recorded before the team records were set up. Only you can see them until they are moved.</p>
          <ul className="govuk-list govuk-list--bullet">
            {waiting
              .filter((item) => !item.inTeamRecords)
              .map((item) => (
                <li key={item.id}>
                  {item.reference}, {item.childName}
                </li>
              ))}
          </ul>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              Each case moves with its chronology, assessments, plan, referrals, documents list and audit trail, and is then removed
              from this computer.
            </strong>
          </div>
          <button type="button" className="govuk-button" onClick={() => void move()} disabled={moving}>
            {moving ? 'Moving the cases…' : 'Move these cases into the team records'}
          </button>
        </>
      ) : null}
    </section>
  );
}
