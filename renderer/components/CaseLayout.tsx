import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { EXAMPLE_NOTICE } from '../../domain/case/example';
import { ageStatusLabels, type CaseRecord } from '../../domain/case/schemas';
import { displayName } from '../../domain/case/search';
import { invoke } from '../api';
import { href } from '../router';
import { Loading } from './Loading';
import { bestDateOfBirthText, caseStatusLabel } from '../../domain/case/vocabulary';

interface CaseContextValue {
  record: CaseRecord;
  setRecord(record: CaseRecord): void;
  reload(): Promise<void>;
}

const CaseContext = createContext<CaseContextValue | null>(null);

export function useCase(): CaseContextValue {
  const context = useContext(CaseContext);
  if (!context) throw new Error('useCase must be used inside a case page');
  return context;
}

export const caseSections = [
  { path: '', label: 'Overview' },
  { path: '/child', label: 'The child' },
  { path: '/adults', label: 'Connected adults' },
  { path: '/journey', label: 'Journey' },
  { path: '/home', label: 'Home country' },
  { path: '/agencies', label: 'Agencies' },
  { path: '/chronology', label: 'Chronology' },
  { path: '/meeting', label: 'Strategy discussion' },
  { path: '/assessments', label: 'IMAAF assessment' },
  { path: '/nrm', label: 'NRM referral' },
  { path: '/documents', label: 'Documents' },
  { path: '/audit', label: 'Audit trail' },
] as const;

export function CaseLayout({ caseId, section, children }: { caseId: string; section: string; children: ReactNode }) {
  const [record, setRecord] = useState<CaseRecord | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const result = await invoke('cases.get', { id: caseId });
    if (result.ok) setRecord(result.value);
    else setError(result.error.message);
  }, [caseId]);

  useEffect(() => {
    setRecord(null);
    void reload();
  }, [reload]);

  if (error) {
    return (
      <div className="govuk-error-summary" role="alert" tabIndex={-1}>
        <h2 className="govuk-error-summary__title">This case could not be opened</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{error}</p>
          <a className="govuk-link" href={href('/')}>
            Back to cases
          </a>
        </div>
      </div>
    );
  }
  if (!record) return <Loading />;

  const flaggedAdults = record.connectedAdults.filter((adult) => adult.doNotShareWith || adult.doNotInform).length;
  return (
    <CaseContext.Provider value={{ record, setRecord, reload }}>
      {record.isExample ? <div className="app-example-banner">{EXAMPLE_NOTICE}</div> : null}
      <div className="app-identity-bar" role="region" aria-label="Child">
        <p className="app-identity-bar__name">{displayName(record.child.names)}</p>
        <dl className="app-identity-bar__details">
          <div>
            <dt>Reference:</dt>
            <dd>{record.reference}</dd>
          </div>
          <div>
            <dt>Date of birth:</dt>
            <dd>{bestDateOfBirthText(record.child.dateOfBirth)}</dd>
          </div>
          <div>
            <dt>Age:</dt>
            <dd>{record.child.ageStatus ? ageStatusLabels[record.child.ageStatus] : 'Not recorded'}</dd>
          </div>
          <div>
            <dt>Nation:</dt>
            <dd>{record.jurisdiction}</dd>
          </div>
          <div>
            <dt>Status:</dt>
            <dd>{caseStatusLabel(record.status)}</dd>
          </div>
        </dl>
        {flaggedAdults > 0 ? (
          <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">
            <strong className="moj-badge moj-badge--red">Restrictions on sharing</strong> {flaggedAdults} connected{' '}
            {flaggedAdults === 1 ? 'adult is' : 'adults are'} not to be informed or shared with.
          </p>
        ) : null}
      </div>
      <nav className="moj-sub-navigation" aria-label="Case sections">
        <ul className="moj-sub-navigation__list">
          {caseSections.map((item) => (
            <li key={item.path} className="moj-sub-navigation__item">
              <a
                className="moj-sub-navigation__link"
                href={href(`/cases/${record.id}${item.path}`)}
                aria-current={section === item.path ? 'page' : undefined}
              >
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </CaseContext.Provider>
  );
}
