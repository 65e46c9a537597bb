import { caseProgress, progressLabels, type SectionProgress } from '../../domain/case/progress';
import { useCase } from '../components/CaseLayout';
import { PageHeading } from '../components/PageHeading';
import { SummaryList } from '../components/SummaryList';
import { HandOverSection } from './HandOverSection';
import { ReferralsPanel } from '../components/ReferralsPanel';
import { PlanPanel } from '../components/PlanPanel';
import { href } from '../router';
import { caseStatusLabel } from '../../domain/case/vocabulary';

const tasks = [
  { key: 'child', path: '/child', label: 'The child', hint: 'Names, age, nationality, languages, placement' },
  { key: 'adults', path: '/adults', label: 'Connected adults', hint: 'Who the child is with, and what each says the relationship is' },
  { key: 'journey', path: '/journey', label: 'Journey', hint: 'Which countries the child came from or through' },
  { key: 'home', path: '/home', label: 'Living situation in the home country', hint: 'Household, carers, school and work before leaving' },
  { key: 'agencies', path: '/agencies', label: 'Agencies involved', hint: 'In the UK and abroad, with contacts' },
  { key: 'chronology', path: '/chronology', label: 'Chronology', hint: 'What happened and when' },
  { key: 'meeting', path: '/meeting', label: 'Strategy discussion', hint: 'When, who chairs and who is invited' },
] as const;

function StatusTag({ status }: { status: SectionProgress }) {
  if (status === 'completed') return <>{progressLabels[status]}</>;
  const colour = status === 'in-progress' ? 'govuk-tag--light-blue' : 'govuk-tag--blue';
  return <strong className={`govuk-tag ${colour}`}>{progressLabels[status]}</strong>;
}

export function OverviewPage() {
  const { record } = useCase();
  const progress = caseProgress(record);
  return (
    <>
      <PageHeading title={`Case ${record.reference}`} caption={`Case ${record.reference}`}>
        Overview
      </PageHeading>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          If the child is in immediate danger, call the police on 999 now.
        </strong>
      </div>
      <PlanPanel />
      <h2 className="govuk-heading-m">What has been recorded</h2>
      <ul className="govuk-task-list">
        {tasks.map((task) => (
          <li className="govuk-task-list__item govuk-task-list__item--with-link" key={task.key}>
            <div className="govuk-task-list__name-and-hint">
              <a className="govuk-link govuk-task-list__link" href={href(`/cases/${record.id}${task.path}`)} aria-describedby={`task-${task.key}-status task-${task.key}-hint`}>
                {task.label}
              </a>
              <div id={`task-${task.key}-hint`} className="govuk-task-list__hint">{task.hint}</div>
            </div>
            <div className="govuk-task-list__status" id={`task-${task.key}-status`}>
              <StatusTag status={progress[task.key]} />
            </div>
          </li>
        ))}
      </ul>
      <ReferralsPanel />
      <h2 className="govuk-heading-m govuk-!-margin-top-6">Case details</h2>
      <SummaryList
        rows={[
          ['Reference', record.reference],
          ['UK nation', record.jurisdiction],
          ['Local authority', record.localAuthority ?? 'Not recorded'],
          ['Lead worker', record.leadWorker || 'Not recorded'],
          ['Status', caseStatusLabel(record.status)],
          ['Opened', new Date(record.openedAt).toLocaleDateString('en-GB')],
        ]}
      />
      <a className="govuk-button govuk-button--secondary" href={href(`/cases/${record.id}/details`)} role="button">
        Change case details
      </a>
      {record.status === 'closed' ? (
        <p className="govuk-body">
          <a className="govuk-link" href={href(`/cases/${record.id}/delete`)}>
            Delete this case
          </a>{' '}
          when it is due for review and no longer needed.
        </p>
      ) : null}
      <HandOverSection />
    </>
  );
}
