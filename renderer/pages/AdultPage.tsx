import { useState } from 'react';
import { emptyConnectedAdult } from '../../domain/case/defaults';
import { genderLabels, relationshipEvidenceLabels, relationshipLabels, type ConnectedAdult } from '../../domain/case/schemas';
import { nrmLists } from '../../domain/reference-data';
import { ApproxDateInput } from '../components/ApproxDateInput';
import { AutocompleteField } from '../components/AutocompleteField';
import { useCase } from '../components/CaseLayout';
import { Checkbox } from '../components/Checkbox';
import { Checkboxes } from '../components/Checkboxes';
import { optionsFrom } from '../components/optionsFrom';
import { Radios } from '../components/Radios';
import { Select } from '../components/Select';
import { TextArea } from '../components/TextArea';
import { TextInput } from '../components/TextInput';
import { TriState } from '../components/TriState';
import { NamesFieldset } from '../components/NamesFieldset';
import { SectionForm } from '../components/SectionForm';
import { href, navigate } from '../router';
import { newId } from './newId';
import { caseDraftKey, NEW_ITEM } from '../../domain/drafts';

export function AdultPage({ adultId }: { adultId: string }) {
  const { record } = useCase();
  const existing = record.connectedAdults.find((adult) => adult.id === adultId);
  // A new adult gets its id when the page opens, so its draft has a stable key.
  const [fresh] = useState(() => emptyConnectedAdult(newId()));
  const initial = existing ?? fresh;
  const index = existing ? record.connectedAdults.indexOf(existing) : record.connectedAdults.length;
  if (adultId !== 'new' && !existing) {
    return (
      <p className="govuk-body">
        This connected adult is no longer on the case. <a className="govuk-link" href={href(`/cases/${record.id}/adults`)}>Back to connected adults</a>
      </p>
    );
  }
  return (
    <>
      <a className="govuk-back-link" href={href(`/cases/${record.id}/adults`)}>
        Back to connected adults
      </a>
      <SectionForm<ConnectedAdult>
        title={existing ? 'Change a connected adult' : 'Add a connected adult'}
        draftKey={caseDraftKey(record.id, 'adult', existing ? existing.id : NEW_ITEM)}
        initial={initial}
        issuePrefixes={[`connectedAdults.${index}`]}
        toChanges={(adult, current) => {
          const others = current.connectedAdults.filter((item) => item.id !== adult.id);
          const position = current.connectedAdults.findIndex((item) => item.id === adult.id);
          const connectedAdults = position >= 0 ? current.connectedAdults.map((item) => (item.id === adult.id ? adult : item)) : [...others, adult];
          return { connectedAdults };
        }}
        afterSave={(saved) => navigate(`/cases/${saved.id}/adults`)}
        submitLabel="Save this adult"
      >
        <NamesFieldset path="names" legend="Names" />
        <ApproxDateInput path="dateOfBirth" label="Date of birth" allowAge />
        <Radios path="gender" label="Gender" options={optionsFrom(genderLabels)} />
        <AutocompleteField path="nationality" label="Nationality" options={nrmLists.nationalities} />

        <h2 className="govuk-heading-m">Relationship to the child</h2>
        <Select path="relationshipClaimedByAdult" label="What the adult says the relationship is" options={optionsFrom(relationshipLabels)} blankLabel="Not recorded" />
        <Select path="relationshipClaimedByChild" label="What the child says the relationship is" options={optionsFrom(relationshipLabels)} blankLabel="Not recorded" />
        <Checkboxes path="relationshipEvidence" label="Evidence of the relationship you have seen" options={optionsFrom(relationshipEvidenceLabels)} />
        <TextArea path="relationshipNotes" label="Notes on the relationship" rows={3} />
        <TriState path="parentalResponsibility" label="Does this adult hold parental responsibility for the child?" />
        <TriState path="livesWithChild" label="Does this adult live with the child?" />
        <TriState
          path="privateFostering"
          label="Is this a private fostering arrangement?"
          hint="A child under 16 (under 18 if disabled) cared for by someone who is not a close relative for 28 days or more."
        />

        <h2 className="govuk-heading-m">Sharing</h2>
        <Checkbox
          path="doNotInform"
          label="Do not inform this adult"
          hint="They must not be told about the referral or where the child is. Police, children’s services, the strategy meeting, the ICTG service and the Home Office are still told who they are, with “Do not inform” beside their name, so they do not tell them either."
        />
        <Checkbox
          path="doNotShareWith"
          label="Do not share with this adult"
          hint="Nothing may reach them. Police, children’s services, the strategy meeting, the ICTG service and the Home Office are told who they are, with “Do not share with” beside their name, because they must check them. Documents for any other agency, or for an audience you mark as able to reach them, leave them out completely."
        />
        <TextArea path="flagReason" label="Why" rows={2} />

        <h2 className="govuk-heading-m">Contact details</h2>
        <p className="govuk-body-s">Sensitive: kept out of documents for audiences that should not see them.</p>
        <TextInput path="contact.phone" label="Phone number" type="tel" width="20" />
        <TextArea path="contact.address" label="Address" rows={3} />
        <TextArea path="notes" label="Other notes" rows={4} />
      </SectionForm>
    </>
  );
}
