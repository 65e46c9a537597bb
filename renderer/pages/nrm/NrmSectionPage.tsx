import {
  NRM_SOURCE,
  applicableQuestions,
  applicableSections,
  mergedAnswers,
  nrmChanges,
  nrmSections,
  type NrmAnswerValue,
  type NrmPrefill,
  type NrmSection,
} from '../../../domain/nrm';
import { caseDraftKey } from '../../../domain/drafts';
import { useCase } from '../../components/CaseLayout';
import { useField } from '../../components/FormProvider';
import { Loading } from '../../components/Loading';
import { SectionForm } from '../../components/SectionForm';
import { href, navigate } from '../../router';
import { NrmField } from './NrmField';
import { useNrmPrefill } from './useNrmPrefill';

interface NrmForm {
  answers: Record<string, NrmAnswerValue>;
}

const empty = (kind: string): NrmAnswerValue => (kind === 'picks' || kind === 'ticks' ? [] : '');

/** The questions of one section, shown as the current answers make them apply (the sheet's grey questions). */
function SectionQuestions({ section, base, prefill }: { section: NrmSection; base: Record<string, NrmAnswerValue>; prefill: Record<string, NrmPrefill> }) {
  const form = useField<NrmForm>('');
  const now = { ...base, ...(form.value?.answers ?? {}) };
  return (
    <>
      {applicableQuestions(section, now).map((question) => (
        <NrmField key={question.id} question={question} prefill={prefill[question.id]} />
      ))}
    </>
  );
}

export function NrmSectionPage({ sectionId }: { sectionId: string }) {
  const { record } = useCase();
  const { prefill, error } = useNrmPrefill(record.id, record.revision);
  const section = nrmSections.find((candidate) => candidate.id === sectionId);
  if (!section) {
    return (
      <p className="govuk-body">
        This part of the NRM form could not be found. <a className="govuk-link" href={href(`/cases/${record.id}/nrm`)}>Back to the NRM questions</a>
      </p>
    );
  }
  if (error) return <p className="govuk-error-message">{error}</p>;
  if (!prefill) return <Loading />;
  const base = mergedAnswers(record.nrm, prefill);
  const initial: NrmForm = { answers: Object.fromEntries(section.questions.map((question) => [question.id, base[question.id] ?? empty(question.kind)])) };
  const sections = applicableSections(base);
  const next = sections[sections.findIndex((candidate) => candidate.id === section.id) + 1];
  return (
    <SectionForm<NrmForm>
      key={record.revision}
      title={`${section.number}. ${section.title}`}
      draftKey={caseDraftKey(record.id, 'nrm', section.id)}
      initial={initial}
      issuePrefixes={['nrm']}
      submitLabel={next ? 'Save and continue' : 'Save'}
      toChanges={(value) => ({ nrm: nrmChanges(record.nrm, section, value, prefill) })}
      afterSave={(saved) => navigate(next ? `/cases/${saved.id}/nrm/${next.id}` : `/cases/${saved.id}/nrm`)}
      intro={
        <>
          <p className="govuk-body">
            Section {section.number} of the NRM referral, in the order of the online form ({NRM_SOURCE}, page {section.page}). Answers found in the case are
            pre-filled with where they came from: accept them by saving, or change them.
          </p>
          {(section.guidance ?? []).map((line) => (
            <div className="govuk-inset-text" key={line}>
              {line}
            </div>
          ))}
          {section.questions.length === 0 ? <p className="govuk-body">This section of the prompt sheet asks nothing: it is information for you.</p> : null}
        </>
      }
      secondaryActions={
        <a className="govuk-link" href={href(`/cases/${record.id}/nrm`)}>
          Back to the NRM questions
        </a>
      }
    >
      <SectionQuestions section={section} base={base} prefill={prefill} />
    </SectionForm>
  );
}
