import { nameTypeLabels, type PersonName } from '../../domain/case/schemas';
import { FormGroup } from './FormGroup';
import { useField } from './FormProvider';
import { optionsFrom } from './optionsFrom';
import { Select } from './Select';
import { TextInput } from './TextInput';

/** Every name a person uses: the one they give, aliases, nicknames, other spellings, names used by exploiters. */
export function NamesFieldset({ path, legend }: { path: string; legend: string }) {
  const field = useField<PersonName[]>(path, { exact: true });
  const names = field.value ?? [];
  return (
    <FormGroup
      id={field.id}
      as="fieldset"
      focusFieldset
      label={legend}
      labelSize="m"
      hint="Record each name and spelling as it was given, with its accents. Search finds them all."
      error={field.error}
      className="govuk-!-margin-bottom-6"
    >
      {names.map((_name, index) => (
        <div key={index} className="govuk-!-margin-bottom-4" role="group" aria-label={`Name ${index + 1}`}>
          <h3 className="govuk-heading-s">Name {index + 1}</h3>
          <TextInput path={`${path}.${index}.given`} label="Given name or names" />
          <TextInput path={`${path}.${index}.family`} label="Family name" />
          <Select path={`${path}.${index}.type`} label="What kind of name is this?" options={optionsFrom(nameTypeLabels)} />
          {names.length > 1 ? (
            <button
              type="button"
              className="govuk-button govuk-button--warning govuk-!-margin-bottom-2"
              onClick={() => field.set(names.filter((_, i) => i !== index))}
            >
              Remove name {index + 1}
            </button>
          ) : null}
        </div>
      ))}
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={() => field.set([...names, { given: '', family: '', type: names.length === 0 ? 'main' : 'alias' }])}
      >
        Add another name
      </button>
    </FormGroup>
  );
}
