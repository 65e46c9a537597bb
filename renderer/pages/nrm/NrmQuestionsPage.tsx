import { NRM_SOURCE, ageGroup, applicableQuestions, applicableSections, isEmptyAnswer, mergedAnswers, nrmSections } from '../../../domain/nrm';
import { useCase } from '../../components/CaseLayout';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { href } from '../../router';
import { useNrmPrefill } from './useNrmPrefill';

/** The NRM referral's questions, one page per section of the 2026 online form, only those that apply. */
export function NrmQuestionsPage() {
  const { record } = useCase();
  const { prefill, error } = useNrmPrefill(record.id, record.revision);
  if (error) return <p className="govuk-error-message">{error}</p>;
  if (!prefill) return <Loading />;
  const answers = mergedAnswers(record.nrm, prefill);
  const sections = applicableSections(answers);
  const skipped = nrmSections.filter((section) => !sections.includes(section));
  const child = ageGroup(answers) === 'child';
  return (
    <>
      <PageHeading title={`NRM referral questions – ${record.reference}`}>NRM referral questions</PageHeading>
      <p className="govuk-body">
        The questions of the Home Office online “Report modern slavery” service, in its order ({NRM_SOURCE}). Since 2026 the online service is the only way to
        refer: answer here, generate the NRM preparation pack on the{' '}
        <a className="govuk-link" href={href(`/cases/${record.id}/documents`)}>
          documents page
        </a>
        , and copy each answer across.
      </p>
      {child ? (
        <div className="govuk-inset-text">
          For a child (under 18, or not sure) the referral must be made and needs no consent, so Consent and Support and Duty to Notify are not asked. Make
          the safeguarding referral to the local authority and, where available, the ICTG referral as well (toolkit p4).
        </div>
      ) : null}
      <ul className="govuk-task-list">
        {sections.map((section) => {
          const asked = applicableQuestions(section, answers).filter((question) => !question.optional);
          const open = asked.filter((question) => isEmptyAnswer(answers[question.id])).length;
          const status = section.questions.length === 0 ? 'Information' : open === 0 ? 'Answered' : `${open} of ${asked.length} to answer`;
          return (
            <li className="govuk-task-list__item govuk-task-list__item--with-link" key={section.id}>
              <div className="govuk-task-list__name-and-hint">
                <a className="govuk-link govuk-task-list__link" href={href(`/cases/${record.id}/nrm/${section.id}`)} aria-describedby={`nrm-${section.id}-status`}>
                  {section.number}. {section.title}
                </a>
              </div>
              <div className="govuk-task-list__status" id={`nrm-${section.id}-status`}>
                {open === 0 || section.questions.length === 0 ? status : <strong className="govuk-tag govuk-tag--blue">{status}</strong>}
              </div>
            </li>
          );
        })}
      </ul>
      {skipped.length > 0 ? (
        <p className="govuk-body">Not asked with these answers: {skipped.map((section) => `${section.number}. ${section.title}`).join('; ')}.</p>
      ) : null}
      <p className="govuk-body">
        <a className="govuk-link" href={href(`/cases/${record.id}/referrals`)}>
          Record the referral as sent, and its decisions
        </a>
      </p>
    </>
  );
}
