import { caseStatusLabels, type CaseRecord } from '../../domain/case/schemas';
import { jurisdictions, nrmLists } from '../../domain/reference-data';
import { AutocompleteField } from '../components/AutocompleteField';
import { useCase } from '../components/CaseLayout';
import { Radios } from '../components/Radios';
import { TextInput } from '../components/TextInput';
import { SectionForm } from '../components/SectionForm';
import { navigate } from '../router';
import { caseDraftKey } from '../../domain/drafts';
import { optionsFrom } from '../components/optionsFrom';

type Details = Pick<CaseRecord, 'reference' | 'status' | 'jurisdiction' | 'localAuthority' | 'leadWorker'>;

export function CaseDetailsPage() {
  const { record } = useCase();
  const initial: Details = {
    reference: record.reference,
    status: record.status,
    jurisdiction: record.jurisdiction,
    localAuthority: record.localAuthority,
    leadWorker: record.leadWorker,
  };
  return (
    <SectionForm
      title="Case details"
      draftKey={caseDraftKey(record.id, 'details')}
      initial={initial}
      issuePrefixes={[]}
      toChanges={(value) => value}
      afterSave={(saved) => navigate(`/cases/${saved.id}`)}
    >
      <TextInput path="reference" label="Case reference" width="20" />
      <Radios path="jurisdiction" label="Which UK nation is the child in?" options={jurisdictions.map((value) => ({ value, label: value }))} inline />
      <AutocompleteField path="localAuthority" label="Local authority" options={nrmLists.ukLocalAuthorities} />
      <TextInput path="leadWorker" label="Lead worker" />
      <Radios
        path="status"
        label="Case status"
        options={optionsFrom(caseStatusLabels)}
        inline
      />
    </SectionForm>
  );
}
