import { useEffect, useRef, type ReactNode } from 'react';
import { href } from '../router';

export function AppLayout({ children, worker, version }: { children: ReactNode; worker: string; version: string }) {
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
          {worker ? <span className="app-header__worker">Signed in to this computer as {worker}</span> : null}
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
            Crossings {version}. Case records are kept on this computer only. If a child is in immediate danger, call the police on
            999.
          </p>
        </div>
      </footer>
    </>
  );
}

/** The page's heading: sets the window title and takes focus when the page opens, so screen readers announce it. */
export function PageHeading({ children, title, caption }: { children: ReactNode; title: string; caption?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Crossings`;
    ref.current?.focus();
  }, [title]);
  return (
    <>
      {caption ? <span className="govuk-caption-l">{caption}</span> : null}
      <h1 className="govuk-heading-l" ref={ref} tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}

export function SuccessBanner({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="status" aria-labelledby="success-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="success-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}

export function DraftBanner({ restoredAt, onDiscard }: { restoredAt: string | null; onDiscard(): void }) {
  if (!restoredAt) return null;
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="draft-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="draft-title">
          Unsaved changes restored
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-body">
          This page shows what you typed on {new Date(restoredAt).toLocaleString('en-GB')} but did not save. Save it, or{' '}
          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={onDiscard}>
            Discard the unsaved changes
          </button>
        </p>
      </div>
    </div>
  );
}

export function Loading() {
  return <p className="govuk-body" role="status">Loading…</p>;
}
