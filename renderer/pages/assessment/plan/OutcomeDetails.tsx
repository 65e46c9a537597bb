import type { ReactNode } from 'react';
import { ysnLabels, type Outcome } from '../../../../domain/imaaf';
import { relationshipLabel, triStateLabel } from '../../../../domain/case/vocabulary';
import { Table } from '../../../components/Table';

/** A part of the outcome that follows the plan: its heading with its count, and its content folded away. */
export function Collapsible({
  id,
  title,
  count,
  show,
  children,
}: {
  id: string;
  title: string;
  count: number;
  show: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="govuk-!-margin-bottom-4">
      <h2 className="govuk-heading-m govuk-!-margin-bottom-2" id={`${id}-heading`}>
        {title} ({count})
      </h2>
      <details className="govuk-details govuk-!-margin-bottom-2" id={id}>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{show}</span>
        </summary>
        <div className="govuk-details__text">{children}</div>
      </details>
    </section>
  );
}

/** Indicators, each adult's factors, differences between accounts and information gaps, each collapsible. */
export function OutcomeDetails({
  outcome,
  counts,
}: {
  outcome: Outcome;
  counts: { indicators: number; adults: number; differences: number; gaps: number };
}) {
  const adultName = new Map(outcome.connectedAdultFactors.map((adult) => [adult.connectedAdultId, adult.name]));
  return (
    <>
      <Collapsible id="indicators" title="Indicators" count={counts.indicators} show="Show the indicators, by category">
        <p className="govuk-body">
          Indicators are reasons to find out more. None of them is proof, and there is no score. This is the one list the reasons
          above refer to.
        </p>
        {outcome.indicatorsByCategory.length === 0 ? (
          <p className="govuk-body">No indicator has been answered Yes or Suspected.</p>
        ) : null}
        {outcome.indicatorsByCategory
          .filter((category) => category.items.length > 0)
          .map((category) => (
            <Table
              key={category.category}
              caption={
                <>
                  {category.label}: {category.yes} yes, {category.suspected} suspected
                </>
              }
              captionSize="s"
              columns={['Indicator', 'About', 'Answer', 'Note']}
              rows={category.items.map((finding, index) => ({
                key: `${finding.itemId}-${finding.connectedAdultId ?? 'child'}-${index}`,
                cells: [
                  finding.label,
                  finding.connectedAdultId
                    ? (adultName.get(finding.connectedAdultId) ?? 'A connected adult')
                    : finding.about === 'setting'
                      ? 'The setting'
                      : 'The child',
                  ysnLabels[finding.status],
                  finding.note,
                ],
              }))}
            />
          ))}
        {outcome.indicatorsByCategory.some((category) => category.items.length === 0) ? (
          <p className="govuk-body-s">
            Asked about with nothing recorded:{' '}
            {outcome.indicatorsByCategory
              .filter((category) => category.items.length === 0)
              .map((category) => category.label)
              .join(', ')}
            .
          </p>
        ) : null}
      </Collapsible>

      <Collapsible
        id="adult-factors"
        title="Factors for each connected adult"
        count={counts.adults}
        show="Show each adult’s factors"
      >
        {outcome.connectedAdultFactors.length === 0 ? <p className="govuk-body">No connected adults are recorded.</p> : null}
        {outcome.connectedAdultFactors.map((adult) => (
          <div className="govuk-summary-card" key={adult.connectedAdultId}>
            <div className="govuk-summary-card__title-wrapper">
              <h3 className="govuk-summary-card__title">
                {adult.name}: {adult.yes} yes, {adult.suspected} suspected
              </h3>
            </div>
            <div className="govuk-summary-card__content">
              <p className="govuk-body-s">
                Says they are: {relationshipLabel(adult.relationshipClaimedByAdult, 'not recorded').toLowerCase()}. The child
                says: {relationshipLabel(adult.relationshipClaimedByChild, 'not recorded').toLowerCase()}. Parental
                responsibility: {triStateLabel(adult.parentalResponsibility).toLowerCase()}.
              </p>
              {adult.factors.length === 0 ? (
                <p className="govuk-body">No factor answered Yes or Suspected.</p>
              ) : (
                <ul className="govuk-list govuk-list--bullet">
                  {adult.factors.map((factor) => (
                    <li key={factor.itemId}>
                      {factor.label}: {ysnLabels[factor.status].toLowerCase()}
                      {factor.note ? ` (${factor.note})` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        ))}
      </Collapsible>

      <Collapsible
        id="differences"
        title="Where accounts differ"
        count={counts.differences}
        show="Show where the accounts differ"
      >
        {outcome.differences.length === 0 ? (
          <p className="govuk-body">No differences between the child’s and the adults’ accounts have been recorded.</p>
        ) : null}
        {outcome.differences.map((difference) => (
          <div className="govuk-inset-text" key={difference.id}>
            <h3 className="govuk-heading-s">
              {difference.topic}
              {difference.connectedAdultName ? `: the child and ${difference.connectedAdultName}` : ''}
            </h3>
            <p className="govuk-body govuk-!-margin-bottom-1">The child: {difference.childAccount}</p>
            <p className="govuk-body govuk-!-margin-bottom-1">
              {difference.connectedAdultName ?? 'The adult'}: {difference.adultAccount}
            </p>
            <p className="govuk-body-s">{difference.reminder}</p>
          </div>
        ))}
      </Collapsible>

      <Collapsible id="gaps" title="Information gaps" count={counts.gaps} show="Show what is not known, and how to find out">
        {outcome.informationGaps.length === 0 ? <p className="govuk-body">No gaps.</p> : null}
        {outcome.informationGaps.length > 0 ? (
          <Table
            caption="What is not known, and how to find out"
            captionSize="s"
            captionHidden
            columns={['Not known', 'About', 'How to find out']}
            rows={outcome.informationGaps.map((gap) => ({
              key: `${gap.itemId}-${gap.connectedAdultId ?? ''}`,
              cells: [
                gap.question,
                gap.connectedAdultId
                  ? (adultName.get(gap.connectedAdultId) ?? 'A connected adult')
                  : gap.about === 'setting'
                    ? 'The conversation'
                    : 'The child',
                gap.suggestion,
              ],
            }))}
          />
        ) : null}
      </Collapsible>
    </>
  );
}
