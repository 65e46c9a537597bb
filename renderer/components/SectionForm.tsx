import type { ReactNode } from 'react';
import type { CaseRecord, CaseSections } from '../../domain/case/schemas';
import { useCase } from './CaseLayout';
import { DraftSectionForm } from './DraftSectionForm';
import { saveCase } from './saveCase';

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

/** One section of the case on one page, saved into the case record against the revision it was opened at. */
export function SectionForm<T>({ title, toChanges, afterSave, ...form }: SectionFormProps<T>) {
  const { record, setRecord } = useCase();
  return (
    <DraftSectionForm<T, CaseRecord>
      {...form}
      title={title}
      windowTitle={`${title} – ${record.reference}`}
      save={(value) => saveCase(record, toChanges(value, record))}
      onSaved={(saved) => {
        setRecord(saved);
        afterSave?.(saved);
      }}
      savedMessage={(savedAt) => `Saved at ${savedAt.toLocaleTimeString('en-GB')}`}
    />
  );
}
