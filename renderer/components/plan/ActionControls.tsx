import { useEffect, useRef, useState } from 'react';
import type { Recommendation } from '../../../domain/imaaf/outcome';
import type { ActionChange, PlanAction } from '../../../domain/plan/actions';
import type { OwnerChoice } from '../../../domain/plan/owners';
import { NoteForm, OwnerAndDueForm, type Recorded } from './OwnerAndDueForm';
import { ActionSummary } from './ActionStatus';

/**
 * What the worker can do with one recommendation: accept it as an action with an owner and a due date, or record why
 * it is not needed; once it is an action, mark it done with a note. After each change focus moves to the action's
 * new status, never to the top of the page.
 */
export function ActionControls({
  recommendation,
  assessmentId,
  action,
  choices,
  today,
  canAccept,
  record,
}: {
  recommendation: Recommendation;
  assessmentId: string;
  action: PlanAction | undefined;
  choices: OwnerChoice[];
  today: string;
  canAccept: boolean;
  record: (change: ActionChange) => Promise<Recorded>;
}) {
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [changed, setChanged] = useState(0);
  const [message, setMessage] = useState<string | undefined>();
  const key = `action-${recommendation.id}`;

  useEffect(() => {
    if (changed > 0) statusRef.current?.focus();
  }, [changed]);

  const run = async (change: ActionChange): Promise<Recorded> => {
    const result = await record(change);
    setMessage(result?.message);
    if (!result) setChanged((count) => count + 1);
    return result;
  };

  return (
    <div className="app-plan-action">
      {message ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {message}
        </p>
      ) : null}
      {action || !canAccept ? (
        <p className="govuk-body-s govuk-!-margin-bottom-2" ref={statusRef} tabIndex={-1} id={`${key}-status`}>
          {action ? (
            <ActionSummary action={action} today={today} />
          ) : (
            'Complete the assessment to make its recommendations actions.'
          )}
        </p>
      ) : null}
      {!action && canAccept ? (
        <details className="govuk-details govuk-!-margin-bottom-2">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Accept as an action, or say why it is not needed</span>
          </summary>
          <div className="govuk-details__text">
            <OwnerAndDueForm
              formKey={`${key}-accept`}
              choices={choices}
              submitLabel="Accept as an action"
              onSubmit={({ owner, due }) =>
                run({ change: 'accept', assessmentId, recommendationId: recommendation.id, owner, due })
              }
            />
            <NoteForm
              formKey={`${key}-not-needed`}
              label="Or, why it is not needed"
              submitLabel="Record as not needed"
              secondary
              onSubmit={(reason) => run({ change: 'not-needed', assessmentId, recommendationId: recommendation.id, reason })}
            />
          </div>
        </details>
      ) : null}
      {action?.status === 'open' ? <MarkDone action={action} formKey={`${key}-done`} run={run} /> : null}
    </div>
  );
}

/** Marks an open action done, with a note of what was done. */
export function MarkDone({
  action,
  formKey,
  run,
}: {
  action: PlanAction;
  formKey: string;
  run: (change: ActionChange) => Promise<Recorded>;
}) {
  return (
    <details className="govuk-details govuk-!-margin-bottom-2">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Mark as done</span>
      </summary>
      <div className="govuk-details__text">
        <NoteForm
          formKey={formKey}
          label="What was done"
          hint="For example, who you spoke to and when."
          submitLabel="Mark as done"
          onSubmit={(note) => run({ change: 'done', actionId: action.id, note })}
        />
      </div>
    </details>
  );
}
