import { useEffect, useRef, useState } from 'react';
import type { Outcome } from '../../../domain/imaaf';
import { derivePlan } from '../../../domain/plan/derive';
import { ownerChoices } from '../../../domain/plan/owners';
import { localToday } from '../../components/plan/ActionStatus';
import { usePlanActions } from '../../components/plan/usePlanActions';
import { Collapsible, OutcomeDetails } from './plan/OutcomeDetails';
import { PlanSection } from './plan/PlanSection';
import { JudgementQuestions } from './outcome/JudgementQuestions';
import { ExploitationToExplore } from './outcome/ExploitationToExplore';
import { TurningEighteen } from './outcome/TurningEighteen';
import { invoke } from '../../api';
import { useCase } from '../../components/CaseLayout';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormGroup } from '../../components/FormGroup';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import type { FieldIssue } from '../../../domain/errors';
import { href, navigate } from '../../router';
import { useAssessment } from './useAssessment';

const JUDGEMENT_SAVE_DELAY_MS = 600;

export function OutcomePage({ assessmentId }: { assessmentId: string }) {
  const { record } = useCase();
  const { assessment, framework, error, reload } = useAssessment(assessmentId);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [judgement, setJudgement] = useState<string | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | undefined>();
  const [completing, setCompleting] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const plan = usePlanActions(record.id);

  useEffect(() => {
    void invoke('assessments.outcome', { id: assessmentId }).then((result) => {
      if (result.ok) setOutcome(result.value);
      else setMessage(result.error.message);
    });
  }, [assessmentId, assessment?.status]);

  useEffect(() => () => clearTimeout(timer.current), []);

  if (error) return <p className="govuk-body">{error}</p>;
  if (!assessment || !framework || !outcome) return message ? <ErrorSummary issues={[]} message={message} /> : <Loading />;
  const completed = assessment.status === 'completed';
  const text = judgement ?? assessment.professionalJudgement;
  const base = `/cases/${record.id}/assessments/${assessment.id}`;

  const saveJudgement = (value: string) => {
    setJudgement(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      void invoke('assessments.saveJudgement', { id: assessment.id, professionalJudgement: value }).then((result) => {
        if (!result.ok) setMessage(`${result.error.message} What you typed is still here.`);
      });
    }, JUDGEMENT_SAVE_DELAY_MS);
  };

  const complete = async () => {
    clearTimeout(timer.current);
    setCompleting(true);
    setMessage(undefined);
    const saved = await invoke('assessments.saveJudgement', { id: assessment.id, professionalJudgement: text });
    const result = saved.ok ? await invoke('assessments.complete', { id: assessment.id }) : saved;
    setCompleting(false);
    if (result.ok) {
      await reload();
      navigate(base);
      return;
    }
    setIssues((result.error.issues ?? []).filter((issue) => issue.path === 'professionalJudgement'));
    setMessage(result.error.issues?.some((issue) => issue.path === 'professionalJudgement') ? undefined : result.error.message);
  };

  return (
    <>
      <a className="govuk-back-link" href={href(base)}>
        Back to the assessment
      </a>
      <PageHeading title={`Outcome of the IMAAF assessment – ${record.reference}`} caption={`${framework.title}, version ${framework.version}`}>
        {completed ? 'Outcome (frozen when completed)' : 'Outcome so far'}
      </PageHeading>
      <ErrorSummary issues={issues.map((issue) => ({ ...issue, path: 'judgement' }))} message={message} />
      {outcome.immediateDanger === 'yes' ? (
        <div className="govuk-error-summary" role="alert" aria-labelledby="danger-title">
          <h2 className="govuk-error-summary__title" id="danger-title">
            The child may be in immediate danger: call the police on 999 now
          </h2>
        </div>
      ) : null}
      <p className="govuk-body">
        <strong>Pathway:</strong> {outcome.pathway === 'child' ? 'treated as a child' : 'adult'}. {outcome.age.basis}
      </p>
      <div className="govuk-inset-text govuk-!-margin-top-2">
        {outcome.notes
          .filter((note) => note.id === 'indicators-not-proof')
          .map((note) => (
            <p className="govuk-body-s" key={note.id}>
              {note.text}
            </p>
          ))}
      </div>
      {!completed ? (
        <p className="govuk-body">This is the outcome so far. Complete the assessment below to accept its recommendations as actions with owners.</p>
      ) : null}
      <TurningEighteen today={localToday()} />
      <JudgementQuestions judgements={outcome.judgements} answerHref={`${base}/analysis`} />
      <PlanSection
        outcome={outcome}
        assessmentId={assessment.id}
        actions={plan.actions ?? []}
        choices={ownerChoices(record)}
        today={localToday()}
        canAccept={completed}
        record={plan.record}
      />
      <ExploitationToExplore entries={outcome.exploitationToExplore} />
      <OutcomeDetails outcome={outcome} counts={derivePlan(outcome).counts} />
      <Collapsible id="about-outcome" title="About this outcome" count={outcome.notes.length} show="Show the notes on how to read it">
        {outcome.notes.map((note) => (
          <p className="govuk-body" key={note.id}>
            {note.text}
          </p>
        ))}
      </Collapsible>

      <h2 className="govuk-heading-l">Your professional judgement</h2>
      {completed ? (
        <>
          <p className="govuk-body app-pre-wrap">{assessment.professionalJudgement}</p>
          <p className="govuk-body-s">
            Completed on {new Date(assessment.completedAt ?? '').toLocaleString('en-GB')} by {assessment.completedBy}, framework version{' '}
            {assessment.frameworkVersion}.
          </p>
        </>
      ) : (
        <>
          <FormGroup
            id="field-judgement"
            label="Why you are, or are not, concerned, and what you will do"
            labelSize="s"
            hint="The framework supports your judgement and never replaces it. Say what the indicators and gaps mean for this child."
            hintId="judgement-hint"
            error={issues[0]?.message}
            errorId="judgement-error"
          >
            {(describedBy) => (
              <textarea
                className={`govuk-textarea${issues.length > 0 ? ' govuk-textarea--error' : ''}`}
                id="field-judgement"
                rows={8}
                value={text}
                aria-describedby={describedBy}
                onChange={(event) => saveJudgement(event.target.value)}
              />
            )}
          </FormGroup>
          <button type="button" className="govuk-button" disabled={completing} onClick={() => void complete()}>
            Complete the assessment
          </button>
        </>
      )}
    </>
  );
}
