import {
  ageStatusLabels,
  genderLabels,
  immigrationStatusLabels,
  type Child,
} from '../../domain/case/schemas';
import { languages, nrmLists } from '../../domain/reference-data';
import { ApparentAgeInput } from '../components/ApparentAgeInput';
import { ApproxDateInput } from '../components/ApproxDateInput';
import { AutocompleteField } from '../components/AutocompleteField';
import { MultiAutocompleteField } from '../components/MultiAutocompleteField';
import { useCase } from '../components/CaseLayout';
import { optionsFrom } from '../components/optionsFrom';
import { Radios } from '../components/Radios';
import { Select } from '../components/Select';
import { TextArea } from '../components/TextArea';
import { TextInput } from '../components/TextInput';
import { TriState } from '../components/TriState';
import { NamesFieldset } from '../components/NamesFieldset';
import { SectionForm } from '../components/SectionForm';
import { caseDraftKey } from '../../domain/drafts';

export function ChildPage() {
  const { record } = useCase();
  return (
    <SectionForm<Child>
      title="The child"
      draftKey={caseDraftKey(record.id, 'child')}
      initial={record.child}
      issuePrefixes={['child']}
      toChanges={(child) => ({ child })}
      intro={
        <div className="govuk-inset-text">
          Speak with the child on their own, without the adult who came with them. Reassure them that they have done nothing
          wrong and that it is safe to talk to you. Record what they say in their own words.
        </div>
      }
    >
      <NamesFieldset path="names" legend="Names" />

      <h2 className="govuk-heading-m">Age</h2>
      <ApproxDateInput path="dateOfBirth.claimed" label="Date of birth as the child gives it" allowAge />
      <ApproxDateInput path="dateOfBirth.documented" label="Date of birth on documents" allowAge />
      <TextInput path="dateOfBirth.documentNote" label="Which document, and who holds it" />
      <ApproxDateInput path="dateOfBirth.assessed" label="Date of birth as assessed" hint="Only after an age assessment." allowAge />
      <ApparentAgeInput path="apparentAge" />
      <Radios
        path="ageStatus"
        label="Age status"
        hint="Someone who may be under 18 is treated as a child until their age is decided."
        options={optionsFrom(ageStatusLabels)}
      />

      <h2 className="govuk-heading-m">Identity</h2>
      <Radios path="gender" label="Gender" options={optionsFrom(genderLabels)} />
      <MultiAutocompleteField path="nationalities" label="Nationality" options={nrmLists.nationalities} max={3} />
      <AutocompleteField path="placeOfBirth.country" label="Country of birth" options={nrmLists.countries} />
      <TextInput path="placeOfBirth.town" label="Town or village of birth" />

      <h2 className="govuk-heading-m">Language and communication</h2>
      <MultiAutocompleteField path="languages" label="Languages the child speaks" hint="Their first language first." options={languages} max={10} />
      <TriState path="englishSpoken" label="Does the child speak English?" />
      <TriState
        path="interpreter.needed"
        label="Does the child need an interpreter?"
        hint="Avoid an interpreter from the same area of the child’s home country, and never use the adult who came with the child."
      />
      <AutocompleteField path="interpreter.language" label="Interpreter’s language" options={languages} />
      <TextInput path="interpreter.dialect" label="Dialect" />
      <Radios
        path="interpreter.preferredGender"
        label="Preferred gender of the interpreter"
        options={[
          { value: 'female', label: 'Female' },
          { value: 'male', label: 'Male' },
          { value: 'no-preference', label: 'No preference' },
        ]}
        inline
      />
      <TextArea path="communicationNeeds" label="Other communication needs" rows={3} />

      <h2 className="govuk-heading-m">Immigration</h2>
      <Select path="immigration.status" label="Immigration status" options={optionsFrom(immigrationStatusLabels)} />
      <TriState path="immigration.asylumClaim" label="Has the child claimed asylum?" />
      <TextInput path="immigration.homeOfficeReference" label="Home Office reference" width="20" />
      <TextArea path="immigration.notes" label="Notes on immigration" rows={3} />

      <h2 className="govuk-heading-m">Where the child lives now</h2>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          Sensitive: the placement and carer are left out of every document except the internal record, so they never reach an
          adult marked “do not share with”.
        </strong>
      </div>
      <TextInput path="placement.description" label="Placement" hint="For example, emergency foster placement." />
      <TextArea path="placement.address" label="Address" rows={3} />
      <TextInput path="placement.carer" label="Carer" />

      <h2 className="govuk-heading-m">School and GP</h2>
      <TextInput path="school.name" label="School" />
      <TextInput path="school.phone" label="School phone number" type="tel" width="20" />
      <TextInput path="gp.name" label="GP practice" />
      <TextInput path="gp.phone" label="GP phone number" type="tel" width="20" />
    </SectionForm>
  );
}
