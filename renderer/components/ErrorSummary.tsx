import { useEffect, useRef } from 'react';
import type { FieldIssue } from '../../domain/errors';
import { fieldId } from '../form-state';

/** Focus the field an issue is about; for a deeper path, the nearest field that exists on the page. */
function focusField(path: string): void {
  const parts = path.split('.');
  while (parts.length > 0) {
    const element = document.getElementById(fieldId(parts.join('.')));
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus();
      return;
    }
    parts.pop();
  }
}

/** GOV.UK error summary: takes focus when it appears and links each problem to its field. */
export function ErrorSummary({ issues, message }: { issues: FieldIssue[]; message?: string | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = `${message ?? ''}|${issues.map((issue) => `${issue.path}:${issue.message}`).join('|')}`;
  useEffect(() => {
    if (issues.length > 0 || message) ref.current?.focus();
  }, [signature]); // eslint-disable-line react-hooks/exhaustive-deps
  if (issues.length === 0 && !message) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="govuk-error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <div className="govuk-error-summary__body">
        {message ? <p className="govuk-body">{message}</p> : null}
        {issues.length > 0 ? (
          <ul className="govuk-list govuk-error-summary__list">
            {issues.map((issue, index) => (
              <li key={`${issue.path}-${index}`}>
                <a
                  href={`#${fieldId(issue.path)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(issue.path);
                  }}
                >
                  {issue.message}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
