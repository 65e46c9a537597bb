import { useState } from 'react';
import { emptyAgency } from '../../domain/case/defaults';
import type { AgencyInvolvement } from '../../domain/case/schemas';
import { nrmLists } from '../../domain/reference-data';
import { AutocompleteField } from '../components/AutocompleteField';
import { useCase } from '../components/CaseLayout';
import { TextArea } from '../components/TextArea';
import { TextInput } from '../components/TextInput';
import { PageHeading } from '../components/PageHeading';
import { SectionForm } from '../components/SectionForm';
import { Table } from '../components/Table';
import { href, navigate } from '../router';
import { newId } from './newId';
import { caseDraftKey, NEW_ITEM } from '../../domain/drafts';

export function AgenciesPage() {
  const { record } = useCase();
  return (
    <>
      <PageHeading title={`Agencies – ${record.reference}`}>Agencies involved</PageHeading>
      {record.agencies.length === 0 ? <p className="govuk-body">No agencies recorded yet.</p> : (
        <Table
          caption="Agencies, in the UK and abroad"
          captionSize="m"
          columns={['Agency', 'What they are doing', 'Contact', 'Reference', { hidden: 'Actions' }]}
          rows={record.agencies.map((agency) => ({
            key: agency.id,
            cells: [
              <>{agency.name}{agency.country ? ` (${agency.country})` : ''}</>,
              agency.role,
              [agency.contactName, agency.phone, agency.email].filter(Boolean).join(', '),
              agency.reference,
              <a className="govuk-link" href={href(`/cases/${record.id}/agencies/${agency.id}`)}>
                Change<span className="govuk-visually-hidden"> {agency.name}</span>
              </a>,
            ],
          }))}
        />
      )}
      <a className="govuk-button" href={href(`/cases/${record.id}/agencies/new`)} role="button">
        Add an agency
      </a>
    </>
  );
}

export function AgencyPage({ agencyId }: { agencyId: string }) {
  const { record } = useCase();
  const existing = record.agencies.find((agency) => agency.id === agencyId);
  const [fresh] = useState(() => emptyAgency(newId()));
  const index = existing ? record.agencies.indexOf(existing) : record.agencies.length;
  return (
    <>
      <a className="govuk-back-link" href={href(`/cases/${record.id}/agencies`)}>
        Back to agencies
      </a>
      <SectionForm<AgencyInvolvement>
        title={existing ? 'Change an agency' : 'Add an agency'}
        draftKey={caseDraftKey(record.id, 'agency', existing ? existing.id : NEW_ITEM)}
        initial={existing ?? fresh}
        issuePrefixes={[`agencies.${index}`]}
        toChanges={(agency, current) => {
          const position = current.agencies.findIndex((item) => item.id === agency.id);
          const agencies = position >= 0 ? current.agencies.map((item) => (item.id === agency.id ? agency : item)) : [...current.agencies, agency];
          return { agencies };
        }}
        afterSave={(saved) => navigate(`/cases/${saved.id}/agencies`)}
        submitLabel="Save this agency"
      >
        <TextInput path="name" label="Agency" hint="For example: the police force, children’s services, CFAB, the school." />
        <TextInput path="role" label="What they are doing for the child" />
        <AutocompleteField path="country" label="Country" options={nrmLists.countries} />
        <TextInput path="contactName" label="Contact name" />
        <TextInput path="phone" label="Phone number" type="tel" width="20" />
        <TextInput path="email" label="Email address" type="email" />
        <TextInput path="reference" label="Their reference" width="20" />
        <TextArea path="notes" label="Notes" rows={3} />
      </SectionForm>
    </>
  );
}
