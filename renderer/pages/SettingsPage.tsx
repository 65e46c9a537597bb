import { useEffect, useState } from 'react';
import type { AppSettings } from '../../domain/settings';
import { invoke } from '../api';
import { nrmLists } from '../../domain/reference-data';
import { AutocompleteField } from '../components/AutocompleteField';
import { DraftSectionForm } from '../components/DraftSectionForm';
import { useField } from '../components/FormProvider';
import { InputField } from '../components/InputField';
import { Loading } from '../components/Loading';
import { TextArea } from '../components/TextArea';
import { TextInput } from '../components/TextInput';
import { TriState } from '../components/TriState';
import { draftKeys } from '../../domain/drafts';
import { RecordsKeptPanel } from './settings/RecordsKeptPanel';

/** A whole number, or (when `optional`) nothing. What cannot be read as a number is kept as typed, for the check to name. */
function NumberInput({ path, label, hint, optional = false }: { path: string; label: string; hint?: string; optional?: boolean }) {
  const field = useField<number | string | null>(path);
  return (
    <InputField
      id={field.id}
      name={path}
      label={label}
      hint={hint}
      error={field.error}
      value={field.value === null || field.value === undefined ? '' : String(field.value)}
      width="4"
      inputMode="numeric"
      onChange={(typedValue) => {
        const typed = typedValue.trim();
        if (typed === '' && optional) field.set(null);
        else field.set(/^\d+$/.test(typed) ? Number(typed) : typedValue);
      }}
    />
  );
}

function SettingsForm({ initial, teamName }: { initial: AppSettings; teamName?: string }) {
  return (
    <DraftSectionForm<AppSettings, AppSettings>
      title="Settings"
      draftKey={draftKeys.settings}
      initial={initial}
      save={(value) => invoke('settings.save', value)}
      savedMessage={() => 'Settings saved'}
      submitLabel="Save settings"
    >
      <h2 className="govuk-heading-m">Your organisation’s safeguarding procedure</h2>
      <p className="govuk-body">Every assessment outcome puts your own procedure first, with these details.</p>
      <TextInput path="organisation.name" label="Organisation" />
      <TextInput path="organisation.procedureName" label="Name of the safeguarding procedure" />
      <TextArea path="organisation.contact" label="Safeguarding lead or contact" rows={2} />
      <TriState
        path="ictgOperatesHere"
        label="Does the Independent Child Trafficking Guardian service operate in your area?"
        hint="England and Wales only. The service operates in about two-thirds of local authorities."
      />
      <h2 className="govuk-heading-m">Your details for referral forms</h2>
      <p className="govuk-body">
        The referral to children’s services, the NRM preparation pack and the guardian referral ask who is making the
        referral. Your name is also what Crossings records against everything you do: chronology entries, assessments,
        documents and the audit trail (with the computer account beside it).
      </p>
      {teamName ? (
        <p className="govuk-body">
          Your name is <strong>{teamName}</strong>, as your team’s records know you. Your organisation’s IT keeps it.
        </p>
      ) : (
        <TextInput path="referrer.name" label="Your full name" hint="As colleagues and other agencies know you, for example Sam Patel." />
      )}
      <TextInput path="referrer.role" label="Your role" hint="For example, social worker, children’s services." />
      <TextInput path="referrer.team" label="Your team and organisation" hint="Leave empty to use the organisation above." />
      <AutocompleteField
        path="referrer.nrmOrganisation"
        label="Your organisation as the NRM form lists it"
        hint="Type part of its name and choose it, so the first responder organisation copies straight into the national form."
        options={nrmLists.organisations}
      />
      <TextInput path="referrer.phone" label="Your work phone number" width="20" type="tel" />
      <TextInput path="referrer.email" label="Your work email address" type="email" />
      <TextInput path="referrer.alternativeEmail" label="A second email address (optional)" hint="For example, your team’s shared inbox." type="email" />
      <TextArea path="referrer.address" label="Your office address" rows={3} />
      <h2 className="govuk-heading-m">Keeping closed cases</h2>
      <p className="govuk-body">
        When a case is closed, Crossings sets the date it is due for review under your organisation’s retention schedule: the later
        of the years after closure and the child’s birthday at the age below. Cases due for review are listed on the{' '}
        <a className="govuk-link" href="#/review">Cases due for review</a> page.
      </p>
      <NumberInput path="retention.yearsAfterClosure" label="Years after the case is closed" hint="For example 6." />
      <NumberInput
        path="retention.untilAge"
        label="Keep at least until the child’s birthday at this age"
        hint="For example 25, the age up to which care leavers can be supported. Leave empty to count only the years after closure."
        optional
      />
      <h2 className="govuk-heading-m">Locking when not in use</h2>
      <p className="govuk-body">
        <a className="govuk-link" href="#/settings/pin">
          Set or change the PIN that unlocks Crossings
        </a>
        . Only your PIN unlocks Crossings when it is locked.
      </p>
      <NumberInput
        path="lock.idleMinutes"
        label="Lock Crossings after this many minutes without use"
        hint="Between 2 and 120. A warning shows a minute before. Press Ctrl+Shift+L to lock at once. Takes effect when Crossings next opens."
      />
    </DraftSectionForm>
  );
}

export function SettingsPage() {
  const [settings, setSettings] = useState<AppSettings | null>(null);
  const [teamName, setTeamName] = useState<string | undefined>();
  useEffect(() => {
    void Promise.all([invoke('settings.get', {}), invoke('app.info', {})]).then(([result, info]) => {
      if (info.ok && info.value.records.kind === 'team') setTeamName(info.value.worker);
      if (result.ok) setSettings(result.value);
    });
  }, []);
  return settings ? (
    <>
      <SettingsForm initial={settings} teamName={teamName} />
      <RecordsKeptPanel />
    </>
  ) : (
    <Loading />
  );
}
