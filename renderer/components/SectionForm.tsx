import { useState, type ReactNode } from 'react';
import type { CaseRecord, CaseSections } from '../../domain/case/schemas';
import { saveCase } from '../pages/save';
import { useCase } from './CaseLayout';
import { ErrorSummary } from './ErrorSummary';
import { FormProvider } from './form';
import { DraftBanner, PageHeading, SuccessBanner } from './Layout';
import { useSectionForm } from './useSectionForm';

interface SectionFormProps<T> {
  title: string;
  draftKey: string;
  initial: T;
  toChanges(value: T, record: CaseRecord): Partial<CaseSections>;
  issuePrefixes: string[];
  submitLabel?: string;
  /** After a successful save; by default the page stays and says it was saved. */
  afterSave?(record: CaseRecord): void;
  intro?: ReactNode;
  children: ReactNode;
  secondaryActions?: ReactNode;
}

/** One section of the case on one page: fields, drafts, the error summary and a save button. */
export function SectionForm<T>(props: SectionFormProps<T>) {
  const { record, setRecord } = useCase();
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const form = useSectionForm<T, CaseRecord>({
    draftKey: props.draftKey,
    initial: props.initial,
    issuePrefixes: props.issuePrefixes,
    save: (value) => saveCase(record, props.toChanges(value, record)),
    onSaved: (saved) => {
      setRecord(saved);
      setSavedAt(new Date());
      props.afterSave?.(saved);
    },
  });
  return (
    <>
      {savedAt ? <SuccessBanner>Saved at {savedAt.toLocaleTimeString('en-GB')}</SuccessBanner> : null}
      <PageHeading title={`${props.title} – ${record.reference}`}>{props.title}</PageHeading>
      {props.intro}
      <DraftBanner restoredAt={form.restoredAt} onDiscard={() => void form.discardDraft()} />
      <ErrorSummary issues={form.issues} message={form.message} />
      <FormProvider value={form.value} set={form.set} issues={form.issues}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setSavedAt(null);
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
