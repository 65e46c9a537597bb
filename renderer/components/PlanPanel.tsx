import { useEffect, useState } from 'react';
import type { Outcome } from '../../domain/imaaf';
import { actionForRecommendation, isOverdue } from '../../domain/plan/actions';
import { derivePlan } from '../../domain/plan/derive';
import { invoke } from '../api';
import { href } from '../router';
import { useCase } from './CaseLayout';
import { ActionStatusTag, localToday } from './plan/ActionStatus';
import { usePlanActions } from './plan/usePlanActions';

interface Latest {
  id: string;
  completedAt: string | null;
  outcome: Outcome | null;
  draftId: string | null;
}

/**
 * The case's plan on the overview (issue 15, item 3): the latest outcome's do-now actions with their status, what is
 * overdue, the other actions and the information gaps, each linking to the page it comes from.
 */
export function PlanPanel() {
  const { record } = useCase();
  const { actions, message } = usePlanActions(record.id);
  const [latest, setLatest] = useState<Latest | null | undefined>(undefined);
  const today = localToday();

  useEffect(() => {
    let live = true;
    void (async () => {
      const listed = await invoke('assessments.list', { caseId: record.id });
      if (!listed.ok) return live && setLatest(null);
      const draft = listed.value.assessments.find((assessment) => assessment.status === 'draft');
      const completed = listed.value.assessments.find((assessment) => assessment.status === 'completed');
      if (!completed)
        return live && setLatest(draft ? { id: draft.id, completedAt: null, outcome: null, draftId: draft.id } : null);
      const outcome = await invoke('assessments.outcome', { id: completed.id });
      if (live)
        setLatest({
          id: completed.id,
          completedAt: completed.completedAt,
          outcome: outcome.ok ? outcome.value : null,
          draftId: draft?.id ?? null,
        });
    })();
    return () => {
      live = false;
    };
  }, [record.id]);

  const assessments = `/cases/${record.id}/assessments`;
  const heading = (
    <h2 className="govuk-heading-m" id="plan-heading">
      The plan
    </h2>
  );
  if (latest === undefined || actions === null) {
    return (
      <section aria-labelledby="plan-heading" aria-busy="true">
        {heading}
        <p className="govuk-body">{message ?? 'Loading the plan…'}</p>
      </section>
    );
  }
  if (!latest?.outcome) {
    return (
      <section aria-labelledby="plan-heading">
        {heading}
        <p className="govuk-body">
          No IMAAF assessment has been completed yet, so there is no plan.{' '}
          <a className="govuk-link" href={href(latest ? `${assessments}/${latest.id}` : assessments)}>
            {latest ? 'Continue the assessment' : 'Start the IMAAF assessment'}
          </a>
        </p>
      </section>
    );
  }
  const outcomePage = `${assessments}/${latest.id}/outcome`;
  const plan = derivePlan(latest.outcome);
  const overdue = actions.filter((action) => isOverdue(action, today));
  const open = actions.filter((action) => action.status === 'open').length;
  const done = actions.filter((action) => action.status === 'done').length;
  return (
    <section aria-labelledby="plan-heading" className="govuk-!-margin-bottom-6">
      {heading}
      <p className="govuk-body-s">
        From the assessment completed on{' '}
        {latest.completedAt ? new Date(latest.completedAt).toLocaleDateString('en-GB') : 'an unknown date'}.
        {latest.draftId ? ' A newer assessment is in progress.' : ''}
      </p>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">Do now</h3>
      <ul className="govuk-list" aria-label="Do now, with each action’s status">
        {plan.doNow.map(({ recommendation }) => {
          const action = actionForRecommendation(actions, recommendation.id);
          return (
            <li key={recommendation.id}>
              <a className="govuk-link" href={href(outcomePage)}>
                {recommendation.title}
              </a>{' '}
              {action ? (
                <ActionStatusTag action={action} today={today} />
              ) : (
                <strong className="govuk-tag govuk-tag--yellow">Not yet an action</strong>
              )}
              {action?.owner ? <span className="govuk-body-s"> {action.owner.name}</span> : null}
            </li>
          );
        })}
      </ul>
      {overdue.length > 0 ? (
        <div className="govuk-warning-text govuk-!-margin-bottom-2">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Overdue ({overdue.length}): {overdue.map((action) => action.title).join('; ')}.{' '}
            <a className="govuk-link" href={href(outcomePage)}>
              See the plan
            </a>
          </strong>
        </div>
      ) : null}
      <p className="govuk-body">
        <a className="govuk-link" href={href(outcomePage)}>
          Actions in the plan: {open} to do, {done} done
        </a>
        {overdue.length === 0 ? ', none overdue.' : '.'}
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={href(outcomePage)}>
          Information gaps: {plan.counts.gaps}
        </a>
      </p>
    </section>
  );
}
