import { useEffect, useRef, useState } from 'react';
import { ownerChoices } from '../../../domain/plan/owners';
import { useCase } from '../CaseLayout';
import { MarkDone } from './ActionControls';
import { OwnerAndDueForm } from './OwnerAndDueForm';
import { ActionSummary, localToday } from './ActionStatus';
import { usePlanActions } from './usePlanActions';

/**
 * The actions agreed at the strategy discussion (reference 6.1: its record is the plan, who does what and when),
 * recorded here with an owner and a due date; they join the case's plan and the meeting pack.
 */
export function AgreedActions() {
  const { record } = useCase();
  const { actions, message, record: recordChange } = usePlanActions(record.id);
  const [added, setAdded] = useState(0);
  const listRef = useRef<HTMLHeadingElement>(null);
  const today = localToday();
  useEffect(() => {
    if (added > 0) listRef.current?.focus();
  }, [added]);
  const agreed = (actions ?? []).filter((action) => action.agreedAtMeeting);
  return (
    <section aria-labelledby="agreed-actions-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="agreed-actions-heading" ref={listRef} tabIndex={-1}>
        Actions agreed at the meeting ({agreed.length})
      </h2>
      {message ? <p className="govuk-body">{message}</p> : null}
      {agreed.length === 0 ? <p className="govuk-body">None recorded yet.</p> : null}
      <ul className="govuk-list">
        {agreed.map((action) => (
          <li key={action.id} className="govuk-!-margin-bottom-3">
            <p className="govuk-body govuk-!-margin-bottom-1">
              <strong>{action.title}</strong>
            </p>
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              <ActionSummary action={action} today={today} />
            </p>
            {action.status === 'open' ? (
              <MarkDone action={action} formKey={`agreed-${action.id}-done`} run={recordChange} />
            ) : null}
          </li>
        ))}
      </ul>
      <h3 className="govuk-heading-s">Record an action agreed at the meeting</h3>
      <OwnerAndDueForm
        formKey="agreed-new"
        choices={ownerChoices(record)}
        withTitle
        submitLabel="Record the action"
        onSubmit={async ({ title, owner, due }) => {
          const result = await recordChange({ change: 'agree', title, owner, due });
          if (!result) setAdded((count) => count + 1);
          return result;
        }}
      />
    </section>
  );
}
