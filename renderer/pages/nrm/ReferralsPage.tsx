import { formatIsoDate } from '../../../domain/case/approx-date';
import { caseDraftKey, NEW_ITEM } from '../../../domain/drafts';
import {
  decisionOutcomeLabels,
  referralKindLabels,
  referralStanding,
  type DecisionOutcome,
  type ReferralChange,
  type ReferralKind,
} from '../../../domain/nrm';
import { invoke } from '../../api';
import { useReferrals } from '../../components/useReferrals';
import { useCase } from '../../components/CaseLayout';
import { DayInput } from '../../components/DayInput';
import { DraftSectionForm } from '../../components/DraftSectionForm';
import { useField } from '../../components/FormProvider';
import { Loading } from '../../components/Loading';
import { optionsFrom } from '../../components/optionsFrom';
import { PageHeading } from '../../components/PageHeading';
import { Radios } from '../../components/Radios';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { href, navigate } from '../../router';

/** Every referral for the case, where each stands and what is due next. */
export function ReferralsPage() {
  const { record } = useCase();
  const { referrals, error } = useReferrals(record.id, record.revision, record.chronology.length);
  if (error) return <p className="govuk-error-message">{error}</p>;
  if (!referrals) return <Loading />;
  return (
    <>
      <PageHeading title={`Referrals – ${record.reference}`}>Referrals</PageHeading>
      <p className="govuk-body">
        Each referral made for the child: when it was sent, by whom, its reference and, for the NRM, its decisions. Each step you record is added to the
        chronology.
      </p>
      {referrals.length === 0 ? <p className="govuk-body">No referral has been recorded yet.</p> : null}
      {referrals.map((referral) => {
        const standing = referralStanding(referral);
        return (
          <div className="govuk-summary-card" key={referral.id}>
            <div className="govuk-summary-card__title-wrapper">
              <h2 className="govuk-summary-card__title">{referralKindLabels[referral.kind]}</h2>
              {referral.kind === 'nrm' || !referral.withdrawnOn ? (
                <ul className="govuk-summary-card__actions">
                  <li className="govuk-summary-card__action">
                    <a className="govuk-link" href={href(`/cases/${record.id}/referrals/${referral.id}`)}>
                      Record what happened<span className="govuk-visually-hidden"> to the {referralKindLabels[referral.kind]}</span>
                    </a>
                  </li>
                </ul>
              ) : null}
            </div>
            <div className="govuk-summary-card__content">
              <p className="govuk-body">{standing.stands}</p>
              {standing.next ? (
                <p className="govuk-body">
                  <strong>Next:</strong> {standing.next}
                </p>
              ) : null}
            </div>
          </div>
        );
      })}
      <a className="govuk-button" role="button" href={href(`/cases/${record.id}/referrals/${NEW_ITEM}`)}>
        Record a referral as sent
      </a>
    </>
  );
}

interface SentForm {
  kind: ReferralKind | null;
  sentOn: string;
  sentBy: string;
  reference: string;
}

/** Records a referral as sent: which, when, by whom, and its reference. */
export function ReferralSentPage() {
  const { record, reload } = useCase();
  return (
    <DraftSectionForm<SentForm, unknown>
      title="Record a referral as sent"
      windowTitle={`Record a referral as sent – ${record.reference}`}
      draftKey={caseDraftKey(record.id, 'referral', NEW_ITEM)}
      initial={{ kind: null, sentOn: '', sentBy: record.leadWorker, reference: '' }}
      issuePrefixes={['change']}
      save={(value) =>
        invoke('referrals.record', {
          caseId: record.id,
          referralId: null,
          change: { step: 'sent', kind: value.kind as ReferralKind, sentOn: value.sentOn, sentBy: value.sentBy, reference: value.reference },
        })
      }
      onSaved={() => {
        void reload().then(() => navigate(`/cases/${record.id}/referrals`));
      }}
      secondaryActions={
        <a className="govuk-link" href={href(`/cases/${record.id}/referrals`)}>
          Cancel
        </a>
      }
    >
      <Radios path="kind" label="Which referral was sent?" options={optionsFrom(referralKindLabels)} />
      <DayInput path="sentOn" label="Date it was sent" />
      <TextInput path="sentBy" label="Who sent it" hint="Name and role." />
      <TextInput path="reference" label="Reference number" hint="For the NRM, the reference the Single Competent Authority emails. Leave empty if there is none yet." width="20" />
    </DraftSectionForm>
  );
}

type Step = Exclude<ReferralChange['step'], 'sent'>;
interface StepForm {
  step: Step | null;
  outcome: DecisionOutcome | null;
  on: string;
  notes: string;
}

const stepLabels: Record<Step, string> = {
  'reasonable-grounds': 'Reasonable grounds decision',
  'conclusive-grounds': 'Conclusive grounds decision',
  reconsideration: 'Reconsideration asked for',
  withdrawn: 'Withdrawn from the NRM (an adult who signed the withdrawal form, or told a first responder)',
};

function StepFields() {
  const step = useField<Step | null>('step').value;
  const decision = step === 'reasonable-grounds' || step === 'conclusive-grounds';
  return (
    <>
      {decision ? <Radios path="outcome" label="What was the decision?" options={optionsFrom(decisionOutcomeLabels)} inline /> : null}
      <DayInput path="on" label={decision ? 'Date of the decision' : step === 'reconsideration' ? 'Date the reconsideration was asked for' : 'Date'} />
      {step === 'reconsideration' ? <TextArea path="notes" label="Notes" hint="Who asked, and on what grounds." rows={4} /> : null}
    </>
  );
}

function toChange(value: StepForm): ReferralChange {
  switch (value.step) {
    case 'reasonable-grounds':
    case 'conclusive-grounds':
      return { step: value.step, outcome: value.outcome as DecisionOutcome, decidedOn: value.on };
    case 'reconsideration':
      return { step: 'reconsideration', requestedOn: value.on, notes: value.notes };
    case 'withdrawn':
    default:
      return { step: 'withdrawn', withdrawnOn: value.on };
  }
}

/** Records what happened to one referral: a decision, a reconsideration, a withdrawal. */
export function ReferralStepPage({ referralId }: { referralId: string }) {
  const { record, reload } = useCase();
  const { referrals, error } = useReferrals(record.id, record.revision, record.chronology.length);
  if (error) return <p className="govuk-error-message">{error}</p>;
  if (!referrals) return <Loading />;
  const referral = referrals.find((candidate) => candidate.id === referralId);
  if (!referral) {
    return (
      <p className="govuk-body">
        This referral is not on the case. <a className="govuk-link" href={href(`/cases/${record.id}/referrals`)}>Back to referrals</a>
      </p>
    );
  }
  const steps: Step[] = referral.kind === 'nrm' ? ['reasonable-grounds', 'conclusive-grounds', 'reconsideration', 'withdrawn'] : ['withdrawn'];
  return (
    <DraftSectionForm<StepForm, unknown>
      title={`Record what happened: ${referralKindLabels[referral.kind]}`}
      windowTitle={`Record what happened – ${record.reference}`}
      draftKey={caseDraftKey(record.id, 'referral', referral.id)}
      initial={{ step: null, outcome: null, on: '', notes: '' }}
      issuePrefixes={['change']}
      save={(value) =>
        value.step === null
          ? Promise.resolve({
              ok: false as const,
              error: { code: 'VALIDATION' as const, message: 'Some answers need changing before the referral can be saved.', issues: [{ path: 'change.step', message: 'Choose what happened' }] },
            })
          : invoke('referrals.record', { caseId: record.id, referralId: referral.id, revision: referral.revision, change: toChange(value) })
      }
      onSaved={() => {
        void reload().then(() => navigate(`/cases/${record.id}/referrals`));
      }}
      intro={<p className="govuk-body">Sent on {formatIsoDate(referral.sentOn)}{referral.reference ? `, reference ${referral.reference}` : ''}.</p>}
      secondaryActions={
        <a className="govuk-link" href={href(`/cases/${record.id}/referrals`)}>
          Cancel
        </a>
      }
    >
      <Radios path="step" label="What happened?" options={steps.map((step) => ({ value: step, label: stepLabels[step] }))} />
      <StepFields />
    </DraftSectionForm>
  );
}
