import { approxDateSortKey, formatApproxDate, type ApproxDate } from '../../domain/case/approx-date';
import { chronologyKindLabels, type ChronologyEntry, type ChronologyEntryInput } from '../../domain/case/schemas';
import { useCase } from '../components/CaseLayout';
import { DraftSectionForm } from '../components/DraftSectionForm';
import { optionsFrom } from '../components/optionsFrom';
import { Radios } from '../components/Radios';
import { TextArea } from '../components/TextArea';
import { TextInput } from '../components/TextInput';
import { ApproxDateInput } from '../components/ApproxDateInput';
import { Timeline } from '../components/pictures/Timeline';
import { PageHeading } from '../components/PageHeading';
import { invoke } from '../api';
import type { TypedDate } from '../form-state';
import { href, navigate } from '../router';
import { caseDraftKey, NEW_ITEM } from '../../domain/drafts';

function byEventDate(a: ChronologyEntry, b: ChronologyEntry): number {
  const order = approxDateSortKey(a.eventDate).localeCompare(approxDateSortKey(b.eventDate));
  return order !== 0 ? order : a.sequence - b.sequence;
}

function recordedLine(entry: ChronologyEntry): string {
  return `Entry ${entry.sequence}, recorded ${new Date(entry.recordedAt).toLocaleString('en-GB')} by ${entry.recordedBy}${entry.source ? `. Source: ${entry.source}` : ''}`;
}

export function ChronologyPage() {
  const { record } = useCase();
  const entries = [...record.chronology].sort(byEventDate);
  const corrections = new Map<string, ChronologyEntry[]>();
  for (const entry of record.chronology) {
    if (entry.correctsId) corrections.set(entry.correctsId, [...(corrections.get(entry.correctsId) ?? []), entry]);
  }
  const bySequence = new Map(record.chronology.map((entry) => [entry.id, entry]));
  return (
    <>
      <PageHeading title={`Chronology – ${record.reference}`}>Chronology</PageHeading>
      <p className="govuk-body">
        Entries are never changed or deleted. To put something right, add a correction: the original stays, with the correction
        beside it.
      </p>
      <a className="govuk-button" href={href(`/cases/${record.id}/chronology/new`)} role="button">
        Add an entry
      </a>
      {entries.length === 0 ? <p className="govuk-body">No entries yet.</p> : null}
      {entries.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">Timeline</h2>
          <Timeline entries={record.chronology} />
          <h2 className="govuk-heading-m">All entries</h2>
        </>
      ) : null}
      <ol className="moj-timeline" aria-label="Chronology, earliest first">
        {entries.map((entry) => {
          const correctedBy = corrections.get(entry.id) ?? [];
          const corrects = entry.correctsId ? bySequence.get(entry.correctsId) : undefined;
          return (
            <li className={`moj-timeline__item${correctedBy.length > 0 ? ' moj-timeline__item--corrected' : ''}`} key={entry.id} id={`entry-${entry.sequence}`}>
              <div className="moj-timeline__header">
                <h2 className="moj-timeline__title">
                  {formatApproxDate(entry.eventDate)}: {chronologyKindLabels[entry.kind]}
                  {correctedBy.length > 0 ? <strong className="govuk-tag govuk-tag--grey govuk-!-margin-left-2">Corrected</strong> : null}
                  {corrects ? <strong className="govuk-tag govuk-tag--blue govuk-!-margin-left-2">Correction</strong> : null}
                </h2>
              </div>
              <p className="moj-timeline__date">{recordedLine(entry)}</p>
              <p className="moj-timeline__description govuk-body app-pre-wrap">{entry.summary}</p>
              {corrects ? (
                <div className="moj-timeline__correction">
                  <p className="govuk-body-s">
                    Corrects entry {corrects.sequence} ({formatApproxDate(corrects.eventDate)}), which said:
                  </p>
                  <p className="govuk-body-s app-pre-wrap">{corrects.summary}</p>
                </div>
              ) : null}
              {correctedBy.map((correction) => (
                <div className="moj-timeline__correction" key={correction.id}>
                  <p className="govuk-body-s">
                    Corrected by entry {correction.sequence} ({formatApproxDate(correction.eventDate)}):
                  </p>
                  <p className="govuk-body-s app-pre-wrap">{correction.summary}</p>
                </div>
              ))}
              <a className="govuk-link govuk-body-s" href={href(`/cases/${record.id}/chronology/correct/${entry.id}`)}>
                Correct this entry<span className="govuk-visually-hidden"> (entry {entry.sequence})</span>
              </a>
            </li>
          );
        })}
      </ol>
    </>
  );
}

interface EntryForm {
  eventDate: ApproxDate | TypedDate | null;
  kind: ChronologyEntryInput['kind'] | null;
  summary: string;
  source: string;
}

export function ChronologyEntryPage({ correctsId }: { correctsId: string | null }) {
  const { record, reload } = useCase();
  const corrected = correctsId ? record.chronology.find((entry) => entry.id === correctsId) : undefined;
  const initial: EntryForm = corrected
    ? { eventDate: corrected.eventDate, kind: corrected.kind, summary: corrected.summary, source: '' }
    : { eventDate: null, kind: null, summary: '', source: '' };
  const title = corrected ? `Correct entry ${corrected.sequence}` : 'Add a chronology entry';
  return (
    <>
      <a className="govuk-back-link" href={href(`/cases/${record.id}/chronology`)}>
        Back to the chronology
      </a>
      <DraftSectionForm<EntryForm, ChronologyEntry>
        title={title}
        windowTitle={`${title} – ${record.reference}`}
        draftKey={caseDraftKey(record.id, 'chronology', correctsId ?? NEW_ITEM)}
        initial={initial}
        issuePrefixes={['entry']}
        save={(value) =>
          invoke('chronology.add', {
            caseId: record.id,
            correctsId: correctsId,
            entry: { ...value, eventDate: value.eventDate as ApproxDate | null, kind: value.kind ?? ('' as ChronologyEntryInput['kind']) },
          })
        }
        onSaved={() => {
          void reload().then(() => navigate(`/cases/${record.id}/chronology`));
        }}
        intro={
          corrected ? (
            <div className="govuk-inset-text">
              <p className="govuk-body">The original entry stays as it is. It said:</p>
              <p className="govuk-body app-pre-wrap">{corrected.summary}</p>
            </div>
          ) : null
        }
        submitLabel={corrected ? 'Save the correction' : 'Save the entry'}
      >
        <ApproxDateInput path="eventDate" label="When it happened" />
        <Radios path="kind" label="What kind of event" options={optionsFrom(chronologyKindLabels)} />
        <TextArea path="summary" label={corrected ? 'What happened, corrected' : 'What happened'} rows={6} />
        <TextInput path="source" label="Where this information came from" hint="For example: the child, with an interpreter, second visit." />
      </DraftSectionForm>
    </>
  );
}
