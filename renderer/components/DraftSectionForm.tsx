import { useState, type ReactNode } from 'react';
import type { Result } from '../../domain/errors';
import { DraftBanner } from './DraftBanner';
import { ErrorSummary } from './ErrorSummary';
import { FormProvider } from './FormProvider';
import { PageHeading } from './PageHeading';
import { SuccessBanner } from './SuccessBanner';
import { useSectionForm } from './useSectionForm';

export interface DraftSectionFormProps<T, R> {
  /** The page's heading. */
  title: string;
  /** The window title, when it says more than the heading (e.g. the case reference). */
  windowTitle?: string;
  /** Where unsaved typing is kept, e.g. `case/ID/child`. */
  draftKey: string;
  initial: T;
  save(value: T): Promise<Result<R>>;
  /** After a successful save; return 'keep-draft' when the save was only a step. */
  onSaved?(result: R): void | 'keep-draft';
  /** What the success banner says once saved; without it the page shows none (it usually moves on). */
  savedMessage?(savedAt: Date): ReactNode;
  /** Dotted prefixes the host puts before this form's field paths in its issues. */
  issuePrefixes?: string[];
  submitLabel?: string;
  /** Between the heading and the form: guidance, or what is being corrected. */
  intro?: ReactNode;
  children: ReactNode;
  /** Beside the save button, e.g. a link to cancel. */
  secondaryActions?: ReactNode;
}

/**
 * A page that is one form whose typing is kept as a draft: the heading, the restored-draft banner, the error summary,
 * the fields and a save button, and a success banner when saved. Case sections, chronology entries, a new case and
 * settings all use it.
 */
export function DraftSectionForm<T, R>(props: DraftSectionFormProps<T, R>) {
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [discarded, setDiscarded] = useState(false);
  const form = useSectionForm<T, R>({
    draftKey: props.draftKey,
    initial: props.initial,
    issuePrefixes: props.issuePrefixes,
    save: props.save,
    onSaved: (result) => {
      setSavedAt(new Date());
      return props.onSaved?.(result);
    },
  });
  return (
    <>
      {savedAt && props.savedMessage ? <SuccessBanner>{props.savedMessage(savedAt)}</SuccessBanner> : null}
      {discarded ? <SuccessBanner>Your unsaved changes were discarded. The page shows what was last saved.</SuccessBanner> : null}
      <PageHeading title={props.windowTitle ?? props.title}>{props.title}</PageHeading>
      {props.intro}
      <DraftBanner
        restoredAt={form.restoredAt}
        onDiscard={() => {
          setSavedAt(null);
          void form.discardDraft().then(() => setDiscarded(true));
        }}
      />
      <ErrorSummary issues={form.issues} message={form.message} />
      <FormProvider value={form.value} set={form.set} issues={form.issues}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setSavedAt(null);
            setDiscarded(false);
            void form.submit();
          }}
        >
          {props.children}
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" disabled={form.saving}>
              {props.submitLabel ?? 'Save'}
            </button>
            {props.secondaryActions}
          </div>
        </form>
      </FormProvider>
    </>
  );
}
