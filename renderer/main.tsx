import { StrictMode, useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/app.scss';
import type { OperationOutput } from '../domain/api';
import { invoke } from './api';
import { CaseLayout } from './components/CaseLayout';
import { AppLayout, type RecordsKept } from './components/AppLayout';
import { PageHeading } from './components/PageHeading';
import { AppLock } from './components/AppLock';
import { AdultPage } from './pages/AdultPage';
import { AuditTrailPage } from './pages/AuditTrailPage';
import { ImportCasePage } from './pages/ImportCasePage';
import { DeleteCasePage, ReviewPage } from './pages/ReviewPage';
import { AssessmentPage } from './pages/assessment/AssessmentPage';
import { AssessmentsPage } from './pages/assessment/AssessmentsPage';
import { OutcomePage } from './pages/assessment/OutcomePage';
import { SectionPage } from './pages/assessment/SectionPage';
import { SettingsPage } from './pages/SettingsPage';
import { UnlockPinPage } from './pages/UnlockPinPage';
import { FirstStartPage, type AboutYouStart } from './pages/FirstStartPage';
import { Loading } from './components/Loading';
import type { FirstStart } from '../domain/settings';
import { AdultsPage } from './pages/AdultsPage';
import { AgenciesPage, AgencyPage } from './pages/AgenciesPage';
import { CaseDetailsPage } from './pages/CaseDetailsPage';
import { BackupsPage } from './pages/BackupsPage';
import { CaseListPage } from './pages/CaseListPage';
import { RecordsUnavailablePage } from './pages/RecordsUnavailablePage';
import { DocumentsPage } from './pages/DocumentsPage';
import { ChildPage } from './pages/ChildPage';
import { ChronologyEntryPage, ChronologyPage } from './pages/ChronologyPage';
import { HomePage } from './pages/HomePage';
import { StrategyMeetingPage } from './pages/StrategyMeetingPage';
import { JourneyPage } from './pages/JourneyPage';
import { ArrivalPage, LegPage } from './pages/LegPage';
import { NewCasePage } from './pages/NewCasePage';
import { OverviewPage } from './pages/OverviewPage';
import { NrmQuestionsPage } from './pages/nrm/NrmQuestionsPage';
import { NrmSectionPage } from './pages/nrm/NrmSectionPage';
import { ReferralSentPage, ReferralStepPage, ReferralsPage } from './pages/nrm/ReferralsPage';
import { href, useRoute } from './router';

function NotFound() {
  return (
    <>
      <PageHeading title="Page not found">Page not found</PageHeading>
      <p className="govuk-body">
        <a className="govuk-link" href={href('/')}>Go to the list of cases</a>
      </p>
    </>
  );
}

function safeDecode(part: string | undefined): string | undefined {
  try {
    return part === undefined ? undefined : decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

function CasePages({ caseId, rest }: { caseId: string; rest: string[] }) {
  const [section = '', item, extra] = rest;
  const sectionPath = section === '' ? '' : `/${section}`;
  let page;
  if (section === '') page = <OverviewPage />;
  else if (section === 'details') page = <CaseDetailsPage />;
  else if (section === 'child') page = <ChildPage />;
  else if (section === 'adults') page = item ? <AdultPage key={item} adultId={item} /> : <AdultsPage />;
  else if (section === 'journey') page = item === 'arrival' ? <ArrivalPage /> : item ? <LegPage key={item} legId={item} /> : <JourneyPage />;
  else if (section === 'home') page = <HomePage />;
  else if (section === 'meeting') page = <StrategyMeetingPage />;
  else if (section === 'documents') page = <DocumentsPage />;
  else if (section === 'nrm') page = item ? <NrmSectionPage key={item} sectionId={item} /> : <NrmQuestionsPage />;
  else if (section === 'referrals') page = item === 'new' ? <ReferralSentPage /> : item ? <ReferralStepPage key={item} referralId={item} /> : <ReferralsPage />;
  else if (section === 'audit') page = <AuditTrailPage />;
  else if (section === 'delete') page = <DeleteCasePage />;
  else if (section === 'assessments')
    page = !item ? (
      <AssessmentsPage />
    ) : extra === 'outcome' ? (
      <OutcomePage key={item} assessmentId={item} />
    ) : extra ? (
      <SectionPage key={`${item}-${extra}`} assessmentId={item} sectionId={extra} />
    ) : (
      <AssessmentPage key={item} assessmentId={item} />
    );
  else if (section === 'agencies') page = item ? <AgencyPage key={item} agencyId={item} /> : <AgenciesPage />;
  else if (section === 'chronology')
    page = item === 'new' ? <ChronologyEntryPage correctsId={null} /> : item === 'correct' && extra ? <ChronologyEntryPage key={extra} correctsId={extra} /> : <ChronologyPage />;
  else page = <NotFound />;
  return (
    <CaseLayout caseId={caseId} section={sectionPath}>
      {page}
    </CaseLayout>
  );
}

/**
 * Until first start has its answers (the worker's details and an unlock PIN), it is the only page. It sits inside the
 * lock, so a worker whose PIN is set but whose name is not is asked for the PIN first.
 */
function FirstStartGate({ onNamed, onAsking, children }: { onNamed(): void; onAsking(asking: boolean): void; children: ReactNode }) {
  const [needs, setNeeds] = useState<FirstStart | null>(null);
  const [initial, setInitial] = useState<AboutYouStart | null>(null);
  // In team mode the worker's name is the one IT recorded: first start shows it rather than asking.
  const [teamName, setTeamName] = useState<string | undefined>();
  useEffect(() => {
    void Promise.all([invoke('settings.firstStart', {}), invoke('settings.get', {}), invoke('app.info', {})]).then(([first, settings, info]) => {
      if (info.ok && info.value.records.kind === 'team') setTeamName(info.value.worker);
      const referrer = settings.ok ? settings.value.referrer : null;
      setInitial({ name: referrer?.name ?? '', role: referrer?.role ?? '', team: referrer?.team ?? '', nrmOrganisation: referrer?.nrmOrganisation ?? null });
      // An answer that is not there (the records closed under it) asks nothing: the records page says why.
      const needs = first.ok ? first.value : { needsWorker: false, needsPin: false };
      setNeeds(needs);
      onAsking(needs.needsWorker || needs.needsPin);
    });
  }, [onAsking]);
  if (!needs || !initial) return <Loading />;
  if (needs.needsWorker || needs.needsPin) {
    return (
      <FirstStartPage
        needs={needs}
        initial={initial}
        teamName={teamName}
        onDone={() => {
          onNamed();
          onAsking(false);
          setNeeds({ needsWorker: false, needsPin: false });
          if (window.location.hash !== '' && window.location.hash !== '#/') window.location.hash = '#/';
        }}
      />
    );
  }
  return <>{children}</>;
}

function App() {
  const route = useRoute();
  const [info, setInfo] = useState<{ worker: string; version: string; records?: RecordsKept }>({ worker: '', version: '' });
  const [status, setStatus] = useState<OperationOutput<'app.status'> | null>(null);
  // Until first start has the worker's name, the header names nobody (not the computer account).
  const [asking, setAsking] = useState(true);
  const loadInfo = () =>
    void invoke('app.info', {}).then((result) => {
      if (result.ok) setInfo({ worker: result.value.worker, version: result.value.version, records: result.value.records });
    });
  useEffect(() => {
    loadInfo();
    void invoke('app.status', {}).then((result) => {
      if (result.ok) setStatus(result.value);
    });
  }, []);
  if (!status) {
    return (
      <AppLayout worker="" version={info.version}>
        <Loading />
      </AppLayout>
    );
  }
  if (status.state !== 'ok') {
    return (
      <AppLayout worker={info.worker} version={info.version} records={info.records}>
        <RecordsUnavailablePage status={status} onChange={setStatus} />
      </AppLayout>
    );
  }
  const [first, second, ...rest] = route;
  let page;
  if (first === undefined) page = <CaseListPage />;
  else if (first === 'cases' && second === 'new') page = <NewCasePage key="new" worker={info.worker} />;
  else if (first === 'cases' && second) page = <CasePages caseId={second} rest={rest} />;
  else if (first === 'settings' && second === 'pin') page = <UnlockPinPage />;
  else if (first === 'settings') page = <SettingsPage />;
  else if (first === 'backups') page = <BackupsPage />;
  else if (first === 'import') page = <ImportCasePage />;
  else if (first === 'review') page = <ReviewPage key={rest.join('/')} deleted={second === 'deleted' ? safeDecode(rest[0]) : undefined} />;
  else page = <NotFound />;
  return (
    <AppLock>
      <AppLayout worker={asking ? '' : info.worker} version={info.version} records={info.records}>
        <FirstStartGate onNamed={loadInfo} onAsking={setAsking}>
          {page}
        </FirstStartGate>
      </AppLayout>
    </AppLock>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
