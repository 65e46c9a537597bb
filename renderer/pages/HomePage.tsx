import type { HomeSituation } from '../../domain/case/schemas';
import { useCase } from '../components/CaseLayout';
import { TextArea } from '../components/TextArea';
import { TriState } from '../components/TriState';
import { SectionForm } from '../components/SectionForm';
import { caseDraftKey } from '../../domain/drafts';

export function HomePage() {
  const { record } = useCase();
  return (
    <SectionForm<HomeSituation>
      title="Living situation in the home country"
      draftKey={caseDraftKey(record.id, 'home')}
      initial={record.homeSituation}
      issuePrefixes={['homeSituation']}
      toChanges={(homeSituation) => ({ homeSituation })}
      intro={<p className="govuk-body">How the child lived before they left: this decides which agencies abroad can help.</p>}
    >
      <TextArea path="household" label="Who the child lived with" />
      <TextArea path="carers" label="Who cared for the child, and who held parental responsibility" />
      <TextArea path="school" label="School" rows={3} />
      <TextArea path="work" label="Work the child did" rows={3} />
      <TriState path="knownToChildProtection" label="Was the child known to child protection services in the home country?" />
      <TextArea path="childProtectionDetails" label="Which agency, and any reference" rows={3} />
    </SectionForm>
  );
}
