import { actionStatusLabels, dueDateText, isOverdue, type PlanAction } from '../../../domain/plan/actions';

const tagColours = { open: 'govuk-tag--blue', done: 'govuk-tag--green', 'not-needed': 'govuk-tag--grey' } as const;

/** An action's status as a tag, with its owner and due date; overdue when open and past its due date. */
export function ActionStatusTag({ action, today }: { action: PlanAction; today: string }) {
  const overdue = isOverdue(action, today);
  return (
    <strong className={`govuk-tag ${overdue ? 'govuk-tag--red' : tagColours[action.status]}`}>
      {overdue ? 'Overdue' : actionStatusLabels[action.status]}
    </strong>
  );
}

export function ActionSummary({ action, today }: { action: PlanAction; today: string }) {
  return (
    <>
      <ActionStatusTag action={action} today={today} />{' '}
      {action.status === 'not-needed' ? (
        <>Not needed: {action.note}</>
      ) : (
        <>
          {action.owner ? <>Owner: {action.owner.name}. </> : null}
          {action.due ? <>Due by {dueDateText(action.due)}. </> : null}
          {action.status === 'done' && action.note ? <>Done: {action.note}</> : null}
        </>
      )}
    </>
  );
}

/** Today as YYYY-MM-DD on this computer. */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
