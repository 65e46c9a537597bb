import { useState } from 'react';
import { nrmLists } from '../../domain/reference-data';
import type { FieldIssue } from '../../domain/errors';
import type { FirstStart, WorkerDetails } from '../../domain/settings';
import { draftKeys } from '../../domain/drafts';
import { invoke } from '../api';
import { AutocompleteField } from '../components/AutocompleteField';
import { DraftSectionForm } from '../components/DraftSectionForm';
import { ErrorSummary } from '../components/ErrorSummary';
import { InputField } from '../components/InputField';
import { PageHeading } from '../components/PageHeading';
import { TextInput } from '../components/TextInput';
import { fieldId } from '../form-state';

/** The worker's details as Settings holds them, for the first-start form to begin from. */
export interface AboutYouStart {
  name: string;
  role: string;
  team: string;
  nrmOrganisation: string | null;
}

/** First start, step 1: who the worker is. Everything they record on this computer will name them. */
function AboutYou({ initial, onSaved, teamName }: { initial: AboutYouStart; onSaved(): void; teamName?: string }) {
  return (
    <DraftSectionForm<WorkerDetails, unknown>
      title="Before you start: about you"
      windowTitle="About you"
      draftKey={draftKeys.aboutYou}
      initial={initial}
      save={(value) => invoke('settings.saveWorker', value)}
      onSaved={() => onSaved()}
      submitLabel="Save and continue"
      intro={
        teamName ? (
          <p className="govuk-body">
            You are <strong>{teamName}</strong> in your team’s records, as your organisation’s IT set it up: Crossings records that
            name against everything you do. Referral forms print your name and role. You can change your role and team later in
            Settings.
          </p>
        ) : (
          <p className="govuk-body">
            Crossings records your name against everything you do on this computer: chronology entries, assessments, documents
            and the audit trail (with the computer account beside it). Referral forms print your name and role. You can change
            these later in Settings.
          </p>
        )
      }
    >
      {teamName ? null : (
        <TextInput path="name" label="Your full name" hint="As colleagues and other agencies know you, for example Sam Patel." autoComplete="name" />
      )}
      <TextInput path="role" label="Your role" hint="For example, social worker, children’s services." autoComplete="organization-title" />
      <TextInput path="team" label="Your team and organisation" hint="For example, Children in Care Team, Northtown Council." autoComplete="organization" />
      <AutocompleteField
        path="nrmOrganisation"
        label="Your organisation as the NRM form lists it (optional)"
        hint="If your organisation is a first responder for the National Referral Mechanism, type part of its name and choose it."
        options={nrmLists.organisations}
      />
    </DraftSectionForm>
  );
}

type PinField = 'newPin' | 'confirmPin';

/** First start, step 2: the PIN that unlocks Crossings. Never kept as a draft, never shown as typed. */
function SetPin({ onSet }: { onSet(): void }) {
  const [values, setValues] = useState<Record<PinField, string>>({ newPin: '', confirmPin: '' });
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const errorFor = (path: PinField) => issues.find((issue) => issue.path === path)?.message;
  const set = (path: PinField) => (value: string) => setValues((current) => ({ ...current, [path]: value }));
  const submit = async () => {
    setMessage(undefined);
    if (values.newPin.trim() !== values.confirmPin.trim()) {
      setIssues([{ path: 'confirmPin', message: 'The two PINs are not the same. Type the PIN again.' }]);
      return;
    }
    setBusy(true);
    const result = await invoke('session.setPin', { newPin: values.newPin });
    setBusy(false);
    if (result.ok) {
      setValues({ newPin: '', confirmPin: '' });
      onSet();
      return;
    }
    setIssues(result.error.issues ?? []);
    setMessage(result.error.issues?.length ? undefined : result.error.message);
  };
  return (
    <>
      <PageHeading title="Set an unlock PIN">Set an unlock PIN</PageHeading>
      <p className="govuk-body">
        Crossings locks when it is not used for a while, when you press Ctrl+Shift+L, and when it is opened again. Only this PIN
        unlocks it, so nobody who walks up to this computer can see a child’s details.
      </p>
      <p className="govuk-body">If you forget it, the recovery key written down when Crossings was set up on this computer removes it.</p>
      <ErrorSummary issues={issues} message={message} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <InputField
          id={fieldId('newPin')}
          name="newPin"
          label="New PIN"
          hint="6 to 12 numbers. Do not use your date of birth or a PIN you use for anything else."
          error={errorFor('newPin')}
          value={values.newPin}
          onChange={set('newPin')}
          width="10"
          type="password"
          inputMode="numeric"
        />
        <InputField
          id={fieldId('confirmPin')}
          name="confirmPin"
          label="Type the new PIN again"
          error={errorFor('confirmPin')}
          value={values.confirmPin}
          onChange={set('confirmPin')}
          width="10"
          type="password"
          inputMode="numeric"
        />
        <button type="submit" className="govuk-button" disabled={busy}>
          Set PIN and start
        </button>
      </form>
    </>
  );
}

/**
 * What Crossings asks before anything else on a computer where it has not been set up: the worker's details, then an
 * unlock PIN. A worker who reset a forgotten PIN is asked only for a new one.
 */
export function FirstStartPage({ needs, initial, onDone, teamName }: { needs: FirstStart; initial: AboutYouStart; onDone(): void; teamName?: string }) {
  const [step, setStep] = useState<'worker' | 'pin'>(needs.needsWorker ? 'worker' : 'pin');
  if (step === 'worker') return <AboutYou initial={initial} teamName={teamName} onSaved={() => (needs.needsPin ? setStep('pin') : onDone())} />;
  return <SetPin onSet={onDone} />;
}
