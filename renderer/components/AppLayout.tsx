import type { ReactNode } from 'react';
import { href } from '../router';

/** The frame of every page: skip link, Crossings header with the main navigation, the main content and the footer. */
/** Where the case records are kept, as app.info says: the team's PostgreSQL or this computer's own file. */
export type RecordsKept = { kind: 'local' } | { kind: 'team'; organisation: string };

export const recordsKeptWords = (records: RecordsKept) => (records.kind === 'team' ? `Team records: ${records.organisation}` : 'On this computer only');

export function AppLayout({ children, worker, version, records }: { children: ReactNode; worker: string; version: string; records?: RecordsKept }) {
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" onClick={(event) => {
        event.preventDefault();
        document.getElementById('main-content')?.focus();
      }}>
        Skip to main content
      </a>
      <header className="app-header" role="banner">
        <div className="govuk-width-container">
          <a className="app-header__brand" href={href('/')}>
            Crossings
          </a>
          <nav aria-label="Main">
            <ul className="app-header__nav">
              <li>
                <a href={href('/')}>Cases</a>
              </li>
              <li>
                <a href={href('/backups')}>Backups</a>
              </li>
              <li>
                <a href={href('/settings')}>Settings</a>
              </li>
            </ul>
          </nav>
          {records ? <span className="app-header__records">{recordsKeptWords(records)}</span> : null}
          {worker ? <span className="app-header__worker">Working as {worker}</span> : null}
        </div>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <p className="app-footer-meta">
            Crossings {version}.{' '}
            {records?.kind === 'team'
              ? `Case records are kept in ${records.organisation}'s team records.`
              : 'Case records are kept on this computer only.'}{' '}
            If a child is in immediate danger, call the police on 999.
          </p>
        </div>
      </footer>
    </>
  );
}
