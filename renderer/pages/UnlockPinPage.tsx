import { useEffect, useState } from 'react';
import type { FieldIssue } from '../../domain/errors';
import { invoke } from '../api';
import { ErrorSummary } from '../components/ErrorSummary';
import { InputField } from '../components/InputField';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { SuccessBanner } from '../components/SuccessBanner';
import { fieldId } from '../form-state';
import { href } from '../router';

type PinField = 'currentPin' | 'newPin' | 'confirmPin';

/** One PIN box: never kept as a draft, never shown as typed. */
function PinInput({ path, label, hint, value, error, onChange }: { path: PinField; label: string; hint?: string; value: string; error?: string | undefined; onChange(value: string): void }) {
  return <InputField id={fieldId(path)} name={path} label={label} hint={hint} error={error} value={value} onChange={onChange} width="10" type="password" inputMode="numeric" />;
}

/**
 * Setting or changing the PIN that unlocks a locked Crossings window (renderer/components/AppLock.tsx). Unlike other
 * forms, nothing typed here is kept as a draft.
 */
export function UnlockPinPage() {
  const [method, setMethod] = useState<'pin' | 'name' | null>(null);
  const [values, setValues] = useState<Record<PinField, string>>({ currentPin: '', newPin: '', confirmPin: '' });
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void invoke('session.unlockMethod', {}).then((result) => setMethod(result.ok ? result.value.method : 'name'));
  }, []);
  if (method === null) return <Loading />;

  const errorFor = (path: PinField) => issues.find((issue) => issue.path === path)?.message;
  const set = (path: PinField) => (value: string) => setValues((current) => ({ ...current, [path]: value }));
  const submit = async () => {
    setSaved(false);
    setMessage(undefined);
    if (values.newPin.trim() !== values.confirmPin.trim()) {
      setIssues([{ path: 'confirmPin', message: 'The two new PINs are not the same. Type the new PIN again.' }]);
      return;
    }
    setBusy(true);
    const result = await invoke('session.setPin', { ...(method === 'pin' ? { currentPin: values.currentPin } : {}), newPin: values.newPin });
    setBusy(false);
    if (result.ok) {
      setIssues([]);
      setValues({ currentPin: '', newPin: '', confirmPin: '' });
      setMethod('pin');
      setSaved(true);
    } else {
      setIssues(result.error.issues ?? []);
      setMessage(result.error.issues?.length ? undefined : result.error.message);
    }
  };

  return (
    <>
      <a className="govuk-back-link" href={href('/settings')}>
        Back to settings
      </a>
      {saved ? <SuccessBanner>Your unlock PIN is set. Crossings will ask for it when it is locked.</SuccessBanner> : null}
      <PageHeading title="Unlock PIN">{method === 'pin' ? 'Change your unlock PIN' : 'Set an unlock PIN'}</PageHeading>
      <p className="govuk-body">
        Crossings locks when it is not used for a while, or when you press Ctrl+Shift+L. With a PIN, only you can unlock it:
        someone who walks up cannot, even if they know your name.
      </p>
      <ErrorSummary issues={issues} message={message} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {method === 'pin' ? <PinInput path="currentPin" label="Your current PIN" value={values.currentPin} error={errorFor('currentPin')} onChange={set('currentPin')} /> : null}
        <PinInput path="newPin" label="New PIN" hint="6 to 12 numbers. Do not use your date of birth or a PIN you use for anything else." value={values.newPin} error={errorFor('newPin')} onChange={set('newPin')} />
        <PinInput path="confirmPin" label="Type the new PIN again" value={values.confirmPin} error={errorFor('confirmPin')} onChange={set('confirmPin')} />
        <button type="submit" className="govuk-button" disabled={busy}>
          {method === 'pin' ? 'Change PIN' : 'Set PIN'}
        </button>
      </form>
    </>
  );
}
