import { describeSources, type Outcome } from '../../../../domain/imaaf';
import {
  actionForRecommendation,
  actionStatusLabels,
  isOverdue,
  type ActionChange,
  type PlanAction,
} from '../../../../domain/plan/actions';
import { derivePlan, type PlanItem } from '../../../../domain/plan/derive';
import type { OwnerChoice } from '../../../../domain/plan/owners';
import { ActionControls, MarkDone } from '../../../components/plan/ActionControls';
import type { Recorded } from '../../../components/plan/OwnerAndDueForm';
import { ActionSummary } from '../../../components/plan/ActionStatus';
import { Collapsible } from './OutcomeDetails';

interface Shared {
  assessmentId: string;
  actions: PlanAction[];
  choices: OwnerChoice[];
  today: string;
  canAccept: boolean;
  record: (change: ActionChange) => Promise<Recorded>;
}

function Item({ item, shared }: { item: PlanItem; shared: Shared }) {
  const { recommendation } = item;
  return (
    <li className="govuk-!-margin-bottom-4" id={`recommendation-${recommendation.id}`}>
      <h3 className="govuk-heading-m govuk-!-margin-bottom-1">{recommendation.title}</h3>
      <p className="govuk-body govuk-!-margin-bottom-1">{item.shortReason}</p>
      <ActionControls
        recommendation={recommendation}
        assessmentId={shared.assessmentId}
        action={actionForRecommendation(shared.actions, recommendation.id)}
        choices={shared.choices}
        today={shared.today}
        canAccept={shared.canAccept}
        record={shared.record}
      />
    </li>
  );
}

const statusWords = (action: PlanAction, today: string) =>
  isOverdue(action, today) ? 'overdue' : actionStatusLabels[action.status].toLowerCase();

/** A later action in one line: its title, and its status once it is an action; the reason and choices unfold. */
function CompactItem({ item, shared }: { item: PlanItem; shared: Shared }) {
  const { recommendation } = item;
  const action = actionForRecommendation(shared.actions, recommendation.id);
  return (
    <li className="govuk-!-margin-bottom-1" id={`recommendation-${recommendation.id}`}>
      <details className="govuk-details govuk-!-margin-bottom-1">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">
            {recommendation.title}
            {action ? <span className="govuk-!-font-weight-regular">{` (${statusWords(action, shared.today)})`}</span> : null}
          </span>
        </summary>
        <div className="govuk-details__text">
          <p className="govuk-body govuk-!-margin-bottom-1">{item.shortReason}</p>
          <ActionControls
            recommendation={recommendation}
            assessmentId={shared.assessmentId}
            action={action}
            choices={shared.choices}
            today={shared.today}
            canAccept={shared.canAccept}
            record={shared.record}
          />
        </div>
      </details>
    </li>
  );
}

/**
 * The outcome as a plan: at most three things to do now, then the rest by when and by who, then any other actions on
 * the case (agreed at the strategy discussion, or kept from an earlier assessment), and the full reasons folded away.
 */
export function PlanSection({ outcome, ...shared }: Shared & { outcome: Outcome }) {
  const plan = derivePlan(outcome);
  const inOutcome = new Set(outcome.recommendations.map((recommendation) => recommendation.id));
  const others = shared.actions.filter((action) => action.recommendationId === null || !inOutcome.has(action.recommendationId));
  return (
    <>
      <h2 className="govuk-heading-l" id="do-now-heading">
        Do now
      </h2>
      <ol className="govuk-list govuk-list--number app-do-now" aria-labelledby="do-now-heading">
        {plan.doNow.map((item) => (
          <Item key={item.recommendation.id} item={item} shared={shared} />
        ))}
      </ol>

      <h2 className="govuk-heading-l" id="then-heading">
        Then
      </h2>
      {plan.later.map((group) => (
        <section key={group.when} aria-labelledby={`when-${group.when}`}>
          <h3 className="govuk-heading-m govuk-!-margin-bottom-2" id={`when-${group.when}`}>
            {group.label} ({group.byWho.reduce((count, who) => count + who.items.length, 0)})
          </h3>
          {/* Below the three to do now, each group is one click away, counted in its heading. */}
          <details className="govuk-details govuk-!-margin-bottom-4">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">Show these actions</span>
            </summary>
            <div className="govuk-details__text">
              {group.byWho.map((who) => (
                <div key={who.who}>
                  <h4 className="govuk-heading-s govuk-!-margin-bottom-1 app-plan-who" id={`when-${group.when}-${who.who}`}>
                    {who.label}
                  </h4>
                  <ul className="govuk-list">
                    {who.items.map((item) => (
                      <CompactItem key={item.recommendation.id} item={item} shared={shared} />
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          </details>
        </section>
      ))}

      {others.length > 0 ? (
        <section aria-labelledby="other-actions-heading">
          <h2 className="govuk-heading-m" id="other-actions-heading">
            Other actions in the plan ({others.length})
          </h2>
          <ul className="govuk-list">
            {others.map((action) => (
              <li key={action.id} className="govuk-!-margin-bottom-3">
                <p className="govuk-body govuk-!-margin-bottom-1">
                  <strong>{action.title}</strong>{' '}
                  {action.agreedAtMeeting ? '(agreed at the strategy discussion)' : '(from an earlier assessment)'}
                </p>
                <p className="govuk-body-s govuk-!-margin-bottom-1">
                  <ActionSummary action={action} today={shared.today} />
                </p>
                {action.status === 'open' ? (
                  <MarkDone action={action} formKey={`other-${action.id}-done`} run={shared.record} />
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Collapsible
        id="full-reasons"
        title="Every recommendation with its full reason and sources"
        count={outcome.recommendations.length}
        show="Show the full reasons and sources"
      >
        <ol className="govuk-list" aria-label="Recommendations, in order">
          {outcome.recommendations.map((recommendation) => (
            <li key={recommendation.id} className="govuk-!-margin-bottom-4">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                {recommendation.priority}. {recommendation.title}
              </h3>
              <p className="govuk-body govuk-!-margin-bottom-1">
                <span className="govuk-!-font-weight-bold">Why: </span>
                {recommendation.reason}
              </p>
              <p className="govuk-body-s govuk-!-margin-bottom-0">Source: {describeSources(recommendation.sources)}</p>
            </li>
          ))}
        </ol>
      </Collapsible>
    </>
  );
}
