import type { ReactNode } from 'react';
import { Combobox } from './Combobox';
import { useField } from './FormProvider';

/** Several values from one list (nationalities, languages): chosen ones are listed with a button to remove each. */
export function MultiAutocompleteField({ path, label, hint, options, max }: {
  path: string;
  label: string;
  hint?: ReactNode;
  options: readonly string[];
  max: number;
}) {
  const field = useField<string[]>(path);
  const chosen = field.value ?? [];
  return (
    <div>
      {chosen.length > 0 ? (
        <ul className="app-chosen-list" aria-label={`${label}: chosen`}>
          {chosen.map((value) => (
            <li key={value}>
              {value}
              <button
                type="button"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                onClick={() => field.set(chosen.filter((item) => item !== value))}
              >
                Remove<span className="govuk-visually-hidden"> {value}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {chosen.length < max ? (
        <Combobox
          id={field.id}
          label={chosen.length === 0 ? label : `Add another: ${label.toLowerCase()}`}
          hint={hint}
          options={options.filter((option) => !chosen.includes(option))}
          error={field.error}
          value={null}
          clearOnChoose
          onChoose={(value) => {
            if (value !== null && !chosen.includes(value)) field.set([...chosen, value]);
          }}
        />
      ) : null}
    </div>
  );
}
