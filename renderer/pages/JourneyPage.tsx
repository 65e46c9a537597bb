import { useState } from 'react';
import { formatApproxDate } from '../../domain/case/approx-date';
import { transportLabels, travelDocumentLabels, type JourneyLeg } from '../../domain/case/schemas';
import { displayName } from '../../domain/case/search';
import { useCase } from '../components/CaseLayout';
import { ErrorSummary } from '../components/ErrorSummary';
import { JourneyMap } from '../components/pictures/JourneyMap';
import { PageHeading } from '../components/PageHeading';
import { SummaryList } from '../components/SummaryList';
import { href } from '../router';
import { saveCase } from '../components/saveCase';
import { Table } from '../components/Table';
import { triStateLabel } from '../../domain/case/vocabulary';

function place(point: JourneyLeg['from']): string {
  const parts = [point.place, point.country ?? 'Country not known'].filter((part) => part.trim() !== '');
  return parts.join(', ');
}

export function JourneyPage() {
  const { record, setRecord } = useCase();
  const [error, setError] = useState<string | undefined>();
  const legs = record.journey.legs;
  const adultName = (id: string) => {
    const adult = record.connectedAdults.find((candidate) => candidate.id === id);
    return adult ? displayName(adult.names) : 'an adult no longer on the case';
  };

  const move = async (index: number, by: -1 | 1) => {
    const reordered = [...legs];
    const [leg] = reordered.splice(index, 1);
    reordered.splice(index + by, 0, leg!);
    const result = await saveCase(record, { journey: { ...record.journey, legs: reordered } });
    if (result.ok) {
      setRecord(result.value);
      setError(undefined);
    } else setError(result.error.message);
  };

  const entry = record.journey.entry;
  return (
    <>
      <PageHeading title={`Journey – ${record.reference}`}>Journey</PageHeading>
      <ErrorSummary issues={[]} message={error} />
      <p className="govuk-body">Each leg of the journey, in the order the child travelled it. Dates can be approximate.</p>
      {legs.length === 0 ? <p className="govuk-body">No legs recorded yet.</p> : null}
      {legs.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">Map of the journey</h2>
          <JourneyMap journey={record.journey} />
        </>
      ) : null}
      {legs.length > 0 ? (
        <Table
          caption="The route"
          captionSize="m"
          columns={['Leg', 'From', 'To', 'When', 'How', 'With whom', 'Documents', { hidden: 'Actions' }]}
          rows={legs.map((leg, index) => {
            const company = [...leg.travelledWithAdultIds.map(adultName), leg.travelledWithOthers].filter((part) => part.trim() !== '');
            return {
              key: leg.id,
              cells: [
                index + 1,
                place(leg.from),
                place(leg.to),
                <>
                  Left {formatApproxDate(leg.departed)}
                  <br />
                  Arrived {formatApproxDate(leg.arrived)}
                </>,
                transportLabels[leg.transport],
                company.length > 0 ? company.join('; ') : 'Not known',
                <>
                  {travelDocumentLabels[leg.documents]}
                  {leg.documentsHeldBy ? `, held by ${leg.documentsHeldBy}` : ''}
                </>,
                <>
                  <a className="govuk-link" href={href(`/cases/${record.id}/journey/${leg.id}`)}>
                    Change<span className="govuk-visually-hidden"> leg {index + 1}</span>
                  </a>
                  {index > 0 ? (
                    <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-left-2" onClick={() => void move(index, -1)}>
                      Move up<span className="govuk-visually-hidden"> leg {index + 1}</span>
                    </button>
                  ) : null}
                  {index < legs.length - 1 ? (
                    <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-left-2" onClick={() => void move(index, 1)}>
                      Move down<span className="govuk-visually-hidden"> leg {index + 1}</span>
                    </button>
                  ) : null}
                </>,
              ],
            };
          })}
        />
      ) : null}
      <a className="govuk-button" href={href(`/cases/${record.id}/journey/new`)} role="button">
        Add a leg of the journey
      </a>
      <h2 className="govuk-heading-m">Arrival in the UK</h2>
      <SummaryList
        rows={[
          ['Port of entry', entry.port || 'Not recorded'],
          ['Date of entry', formatApproxDate(entry.date)],
          ['Who met the child', entry.metBy || 'Not recorded'],
          ['Can the child name or give the address of that person?', triStateLabel(entry.canNameMeeter)],
        ]}
      />
      <a className="govuk-button govuk-button--secondary" href={href(`/cases/${record.id}/journey/arrival`)} role="button">
        Change arrival in the UK
      </a>
    </>
  );
}
