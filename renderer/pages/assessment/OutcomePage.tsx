import { useEffect, useRef, useState } from 'react';
import { describeSources, ysnLabels, type Outcome } from '../../../domain/imaaf';
import { invoke } from '../../api';
import { useCase } from '../../components/CaseLayout';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormGroup } from '../../components/FormGroup';
import { Table } from '../../components/Table';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import type { FieldIssue } from '../../../domain/errors';
import { href, navigate } from '../../router';
import { useAssessment } from './useAssessment';
import { JudgementQuestions } from './outcome/JudgementQuestions';
import { ExploitationToExplore } from './outcome/ExploitationToExplore';
import { relationshipLabel, triStateLabel } from '../../../domain/case/vocabulary';

const urgencyLabels = { immediate: 'Now', today: 'Today', soon: 'Soon', 'when-possible': 'When possible' } as const;
const urgencyTags = { immediate: 'govuk-tag--red', today: 'govuk-tag--orange', soon: 'govuk-tag--yellow', 'when-possible': 'govuk-tag--grey' } as const;
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
  const adultName = new Map(outcome.connectedAdultFactors.map((adult) => [adult.connectedAdultId, adult.name]));

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
      <div className="govuk-inset-text">
        {outcome.notes.map((note) => (
          <p className="govuk-body" key={note.id}>
            {note.text}
          </p>
        ))}
      </div>
      <p className="govuk-body">
        <strong>Pathway:</strong> {outcome.pathway === 'child' ? 'treated as a child' : 'adult'}. {outcome.age.basis}
      </p>

      <JudgementQuestions judgements={outcome.judgements} answerHref={`${base}/analysis`} />
      <h2 className="govuk-heading-l">What to do next</h2>
      <ol className="govuk-list" aria-label="Recommendations, in order">
        {outcome.recommendations.map((recommendation) => (
          <li key={recommendation.id} className="govuk-!-margin-bottom-6" id={`recommendation-${recommendation.id}`}>
            <h3 className="govuk-heading-m govuk-!-margin-bottom-2">
              {recommendation.priority}. {recommendation.title}{' '}
              <strong className={`govuk-tag ${urgencyTags[recommendation.urgency]}`}>{urgencyLabels[recommendation.urgency]}</strong>
            </h3>
            <p className="govuk-body govuk-!-margin-bottom-1">
              <span className="govuk-!-font-weight-bold">Why: </span>
              {recommendation.reason}
            </p>
            <p className="govuk-body-s govuk-!-margin-bottom-0">Source: {describeSources(recommendation.sources)}</p>
          </li>
        ))}
      </ol>

      <ExploitationToExplore entries={outcome.exploitationToExplore} />
      <h2 className="govuk-heading-l">Indicators</h2>
      <p className="govuk-body">Indicators are reasons to find out more. None of them is proof, and there is no score.</p>
      {outcome.indicatorsByCategory.length === 0 ? <p className="govuk-body">No indicator has been answered Yes or Suspected.</p> : null}
      {outcome.indicatorsByCategory.map((category) => (
        <Table
          key={category.category}
          caption={<>{category.label}: {category.yes} yes, {category.suspected} suspected</>}
          captionSize="m"
          columns={['Indicator', 'About', 'Answer', 'Note']}
          rows={category.items.map((finding, index) => ({
            key: `${finding.itemId}-${finding.connectedAdultId ?? 'child'}-${index}`,
            cells: [
              finding.label,
              finding.connectedAdultId ? adultName.get(finding.connectedAdultId) ?? 'A connected adult' : finding.about === 'setting' ? 'The setting' : 'The child',
              ysnLabels[finding.status],
              finding.note,
            ],
          }))}
        />
      ))}

      <h2 className="govuk-heading-l">Factors for each connected adult</h2>
      {outcome.connectedAdultFactors.length === 0 ? <p className="govuk-body">No connected adults are recorded.</p> : null}
      {outcome.connectedAdultFactors.map((adult) => (
        <div className="govuk-summary-card" key={adult.connectedAdultId}>
          <div className="govuk-summary-card__title-wrapper">
            <h3 className="govuk-summary-card__title">
              {adult.name}: {adult.yes} yes, {adult.suspected} suspected
            </h3>
          </div>
          <div className="govuk-summary-card__content">
            <p className="govuk-body-s">
              Says they are: {relationshipLabel(adult.relationshipClaimedByAdult, 'not recorded').toLowerCase()}. The child says:{' '}
              {relationshipLabel(adult.relationshipClaimedByChild, 'not recorded').toLowerCase()}. Parental responsibility:{' '}
              {triStateLabel(adult.parentalResponsibility).toLowerCase()}.
            </p>
            {adult.factors.length === 0 ? (
              <p className="govuk-body">No factor answered Yes or Suspected.</p>
            ) : (
              <ul className="govuk-list govuk-list--bullet">
                {adult.factors.map((factor) => (
                  <li key={factor.itemId}>
                    {factor.label}: {ysnLabels[factor.status].toLowerCase()}
                    {factor.note ? ` (${factor.note})` : ''}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      ))}

      <h2 className="govuk-heading-l">Where accounts differ</h2>
      {outcome.differences.length === 0 ? <p className="govuk-body">No differences between the child’s and the adults’ accounts have been recorded.</p> : null}
      {outcome.differences.map((difference) => (
        <div className="govuk-inset-text" key={difference.id}>
          <h3 className="govuk-heading-s">
            {difference.topic}
            {difference.connectedAdultName ? `: the child and ${difference.connectedAdultName}` : ''}
          </h3>
          <p className="govuk-body govuk-!-margin-bottom-1">The child: {difference.childAccount}</p>
          <p className="govuk-body govuk-!-margin-bottom-1">
            {difference.connectedAdultName ?? 'The adult'}: {difference.adultAccount}
          </p>
          <p className="govuk-body-s">{difference.reminder}</p>
        </div>
      ))}

      <h2 className="govuk-heading-l">Information gaps</h2>
      {outcome.informationGaps.length === 0 ? <p className="govuk-body">No gaps.</p> : null}
      {outcome.informationGaps.length > 0 ? (
        <Table
          caption="What is not known, and how to find out"
          captionSize="s"
          captionHidden
          columns={['Not known', 'About', 'How to find out']}
          rows={outcome.informationGaps.map((gap) => ({
            key: `${gap.itemId}-${gap.connectedAdultId ?? ''}`,
            cells: [
              gap.question,
              gap.connectedAdultId ? adultName.get(gap.connectedAdultId) ?? 'A connected adult' : gap.about === 'setting' ? 'The conversation' : 'The child',
              gap.suggestion,
            ],
          }))}
        />
      ) : null}

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
