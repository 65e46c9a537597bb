import { createContext, useContext, type ReactNode } from 'react';
import type { FieldIssue } from '../../domain/errors';
import { readPath } from '../../domain/paths';
import { fieldId } from '../form-state';

/** A form's value and errors, so each field needs only its path. */
interface FormContextValue {
  value: unknown;
  set(path: string, next: unknown): void;
  issues: FieldIssue[];
}

const FormContext = createContext<FormContextValue | null>(null);

export function FormProvider(props: FormContextValue & { children: ReactNode }) {
  const { children, ...context } = props;
  return <FormContext.Provider value={context}>{children}</FormContext.Provider>;
}

export function useField<T>(
  path: string,
  options: { exact?: boolean } = {},
): { value: T; set(next: T): void; error: string | undefined; id: string } {
  const context = useContext(FormContext);
  if (!context) throw new Error('Fields must be inside a FormProvider');
  const issue = context.issues.find(
    (candidate) => candidate.path === path || (!options.exact && candidate.path.startsWith(`${path}.`)),
  );
  return {
    value: readPath(context.value, path) as T,
    set: (next: T) => context.set(path, next),
    error: issue?.message,
    id: fieldId(path),
  };
}
