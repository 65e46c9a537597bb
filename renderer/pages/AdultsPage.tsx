import { formatApproxDate } from '../../domain/case/approx-date';
import { displayName } from '../../domain/case/search';
import { useCase } from '../components/CaseLayout';
import { PageHeading } from '../components/PageHeading';
import { SummaryList } from '../components/SummaryList';
import { RelationshipMap } from '../components/pictures/RelationshipMap';
import { href } from '../router';
import { relationshipLabel, triStateLabel } from '../../domain/case/vocabulary';

export function AdultsPage() {
  const { record } = useCase();
  return (
    <>
      <PageHeading title={`Connected adults – ${record.reference}`}>Connected adults</PageHeading>
      <div className="govuk-inset-text">
        Adults who come with a child may not be their parents, or have the right to care for them. Record what each adult says
        the relationship is, what the child says, and what evidence you have seen.
      </div>
      {record.connectedAdults.length === 0 ? <p className="govuk-body">No connected adults recorded yet.</p> : null}
      {record.connectedAdults.length > 0 || record.agencies.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">Map of the people around the child</h2>
          <RelationshipMap caseRecord={record} />
        </>
      ) : null}
      {record.connectedAdults.map((adult) => (
        <div className="govuk-summary-card" key={adult.id}>
          <div className="govuk-summary-card__title-wrapper">
            <h2 className="govuk-summary-card__title">{displayName(adult.names)}</h2>
            <ul className="govuk-summary-card__actions">
              <li className="govuk-summary-card__action">
                <a className="govuk-link" href={href(`/cases/${record.id}/adults/${adult.id}`)}>
                  Change<span className="govuk-visually-hidden"> {displayName(adult.names)}</span>
                </a>
              </li>
            </ul>
          </div>
          <div className="govuk-summary-card__content">
            {adult.doNotShareWith || adult.doNotInform ? (
              <p className="govuk-body">
                {adult.doNotInform ? <strong className="moj-badge moj-badge--red">Do not inform</strong> : null}
                {adult.doNotShareWith ? <strong className="moj-badge moj-badge--red">Do not share with</strong> : null}
              </p>
            ) : null}
            <SummaryList
              rows={[
                ['Relationship, as the adult says', relationshipLabel(adult.relationshipClaimedByAdult)],
                ['Relationship, as the child says', relationshipLabel(adult.relationshipClaimedByChild)],
                ['Parental responsibility', triStateLabel(adult.parentalResponsibility)],
                ['Lives with the child', triStateLabel(adult.livesWithChild)],
                ['Date of birth', formatApproxDate(adult.dateOfBirth)],
                ['Nationality', adult.nationality ?? 'Not recorded'],
              ]}
            />
          </div>
        </div>
      ))}
      <a className="govuk-button" href={href(`/cases/${record.id}/adults/new`)} role="button">
        Add a connected adult
      </a>
    </>
  );
}
