import { useEffect, useState } from 'react';
import type { AppSettings } from '../../domain/settings';
import { invoke } from '../api';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormProvider, TextArea, TextInput, TriState } from '../components/form';
import { Loading, PageHeading, SuccessBanner } from '../components/Layout';
import { useSectionForm } from '../components/useSectionForm';

function SettingsForm({ initial }: { initial: AppSettings }) {
  const [saved, setSaved] = useState(false);
  const form = useSectionForm<AppSettings, AppSettings>({
    draftKey: 'settings',
    initial,
    save: (value) => invoke('settings.save', value),
    onSaved: () => setSaved(true),
  });
  return (
    <>
      {saved ? <SuccessBanner>Settings saved</SuccessBanner> : null}
      <PageHeading title="Settings">Settings</PageHeading>
      <ErrorSummary issues={form.issues} message={form.message} />
      <FormProvider value={form.value} set={form.set} issues={form.issues}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setSaved(false);
            void form.submit();
          }}
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
          <button type="submit" className="govuk-button" disabled={form.saving}>
            Save settings
          </button>
        </form>
      </FormProvider>
    </>
  );
}

export function SettingsPage() {
  const [settings, setSettings] = useState<AppSettings | null>(null);
  useEffect(() => {
    void invoke('settings.get', {}).then((result) => {
      if (result.ok) setSettings(result.value);
    });
  }, []);
  return settings ? <SettingsForm initial={settings} /> : <Loading />;
}
