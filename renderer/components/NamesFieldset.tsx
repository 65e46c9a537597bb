import { useId } from 'react';
import { nameInOrder } from '../../domain/case/names';
import { nameOrderLabels, nameOrders, nameTypeLabels, type NameOrder, type PersonName } from '../../domain/case/schemas';
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
      label={<h2 className="govuk-fieldset__heading">{legend}</h2>}
      labelSize="m"
      hint="Record each name and spelling as it was given, with its accents. Search finds them all."
      error={field.error}
      className="govuk-!-margin-bottom-6"
    >
      {names.map((name, index) => (
        <div key={index} className="govuk-!-margin-bottom-4" role="group" aria-label={`Name ${index + 1}`}>
          <h3 className="govuk-heading-s">Name {index + 1}</h3>
          <TextInput path={`${path}.${index}.given`} label="Given name or names" />
          <TextInput path={`${path}.${index}.family`} label="Family name" />
          <NameOrderRadios path={`${path}.${index}`} name={name} />
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

/** Which part of the name is said first; a name saved before this was asked reads given name first. */
function NameOrderRadios({ path, name }: { path: string; name: PersonName }) {
  const field = useField<NameOrder | undefined>(`${path}.order`);
  const group = useId();
  const current = field.value ?? 'given-first';
  const shown = nameInOrder(name);
  return (
    <FormGroup id={field.id} as="fieldset" label="Which name comes first when they say it?" labelSize="s" error={field.error}>
      <div className="govuk-radios govuk-radios--small">
        {nameOrders.map((order, index) => {
          const id = index === 0 ? field.id : `${field.id}-${order}`;
          return (
            <div className="govuk-radios__item" key={order}>
              <input className="govuk-radios__input" id={id} name={group} type="radio" value={order} checked={current === order} onChange={() => field.set(order)} />
              <label className="govuk-label govuk-radios__label" htmlFor={id}>
                {nameOrderLabels[order]}
              </label>
            </div>
          );
        })}
      </div>
      {shown !== '' ? <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">Shown as: {shown}</p> : null}
    </FormGroup>
  );
}
