import { useState } from 'react';
import { type ApproxDate } from '../../domain/case/approx-date';
import { ageStatusLabels, genderLabels, nameOrderLabels, nameOrders, type CaseRecord, type CaseSummary, type NameOrder } from '../../domain/case/schemas';
import type { Result } from '../../domain/errors';
import { jurisdictions, nrmLists } from '../../domain/reference-data';
import { invoke } from '../api';
import { ApproxDateInput } from '../components/ApproxDateInput';
import { AutocompleteField } from '../components/AutocompleteField';
import { DraftSectionForm } from '../components/DraftSectionForm';
import { optionsFrom } from '../components/optionsFrom';
import { Radios } from '../components/Radios';
import { TextInput } from '../components/TextInput';
import { typedFromApprox, type TypedDate } from '../form-state';
import { href, navigate } from '../router';
import { draftKeys } from '../../domain/drafts';

interface NewCaseForm {
  given: string;
  family: string;
  /** Absent in drafts kept before it was asked: given name first. */
  nameOrder?: NameOrder;
  dateOfBirth: ApproxDate | TypedDate | null;
  gender: CaseRecord['child']['gender'];
  ageStatus: CaseRecord['child']['ageStatus'];
  jurisdiction: CaseRecord['jurisdiction'] | null;
  localAuthority: string | null;
  leadWorker: string;
  reference: string;
}

type Step = { kind: 'matches'; matches: (CaseSummary & { reasons: string[] })[] } | { kind: 'created'; id: string };

const initial: NewCaseForm = {
  given: '',
  family: '',
  nameOrder: 'given-first',
  dateOfBirth: typedFromApprox(null),
  gender: null,
  ageStatus: null,
  jurisdiction: null,
  localAuthority: null,
  leadWorker: '',
  reference: '',
};

/** The create and match checks name the child's fields as the case holds them; this form has them flat. */
function inFormPaths<T>(result: Result<T>): Result<T> {
  if (result.ok || !result.error.issues) return result;
  const formPath = (path: string) =>
    path
      .replace(/^changes\./, '')
      .replace(/^child\./, '')
      .replace(/^names\.0\./, '')
      .replace(/^names$/, 'given')
      .replace(/^dateOfBirth\.claimed/, 'dateOfBirth');
  return { ...result, error: { ...result.error, issues: result.error.issues.map((issue) => ({ ...issue, path: formPath(issue.path) })) } };
}

export function NewCasePage({ worker }: { worker: string }) {
  const [matches, setMatches] = useState<(CaseSummary & { reasons: string[] })[] | null>(null);
  const [checkedMatches, setCheckedMatches] = useState(false);

  const save = async (value: NewCaseForm): Promise<Result<Step>> => {
    const names = [{ given: value.given, family: value.family, type: 'main' as const, order: value.nameOrder ?? 'given-first' }];
    const dateOfBirth = value.dateOfBirth as ApproxDate | null;
    if (!checkedMatches) {
      const found = await invoke('cases.findMatches', { names, dateOfBirth });
      if (!found.ok) return inFormPaths(found);
      if (found.value.matches.length > 0) return { ok: true, value: { kind: 'matches', matches: found.value.matches } };
    }
    if (value.jurisdiction === null) {
      return { ok: false, error: { code: 'VALIDATION', message: '', issues: [{ path: 'jurisdiction', message: 'Choose the UK nation the child is in' }] } };
    }
    const created = await invoke('cases.create', {
      ...(value.reference.trim() !== '' ? { reference: value.reference.trim() } : {}),
      jurisdiction: value.jurisdiction,
      localAuthority: value.localAuthority,
      leadWorker: value.leadWorker,
      child: {
        names,
        dateOfBirth: { claimed: dateOfBirth, documented: null, documentNote: '', assessed: null },
        gender: value.gender,
        ageStatus: value.ageStatus,
      },
    });
    return created.ok ? { ok: true, value: { kind: 'created', id: created.value.id } } : inFormPaths(created);
  };

  const onSaved = (step: Step) => {
    if (step.kind === 'matches') {
      setMatches(step.matches);
      setCheckedMatches(true);
      return 'keep-draft' as const;
    }
    navigate(`/cases/${step.id}`);
  };

  return (
    <>
      <a className="govuk-back-link" href={href('/')}>
        Back to cases
      </a>
      <DraftSectionForm<NewCaseForm, Step>
        title="Start a new case"
        draftKey={draftKeys.newCase}
        initial={{ ...initial, leadWorker: worker }}
        save={save}
        onSaved={onSaved}
        intro={
          matches && matches.length > 0 ? (
            <div className="govuk-warning-text" role="region" aria-labelledby="matches-title">
              <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
              <div className="govuk-warning-text__text">
                <h2 className="govuk-heading-m" id="matches-title">
                  This child may already have a case
                </h2>
                <p className="govuk-body">Check these before starting a new one. Names can be spelled in different ways.</p>
                <ul className="app-match-list">
                  {matches.map((match) => (
                    <li key={match.id}>
                      <a className="govuk-link" href={href(`/cases/${match.id}`)}>
                        {match.childName} ({match.reference})
                      </a>
                      <span className="govuk-body-s"> born {match.dateOfBirth}. {match.reasons.join('; ')}.</span>
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          ) : null
        }
        submitLabel={matches && matches.length > 0 ? 'None of these is the child: start the new case' : 'Start the case'}
      >
        <h2 className="govuk-heading-m">The child</h2>
        <TextInput path="given" label="Given name or names" hint="As the child says it. You can add other names and spellings later." />
        <TextInput path="family" label="Family name" />
        <Radios path="nameOrder" label="Which name comes first when they say it?" options={nameOrders.map((order) => ({ value: order, label: nameOrderLabels[order] }))} small />
        <ApproxDateInput path="dateOfBirth" label="Date of birth, as the child gives it" allowAge />
        <Radios path="gender" label="Gender" options={optionsFrom(genderLabels)} />
        <Radios
          path="ageStatus"
          label="Age"
          hint="If you are not sure whether they are under 18 but there is reason to think they may be, they are treated as a child."
          options={optionsFrom(ageStatusLabels)}
        />
        <h2 className="govuk-heading-m">The case</h2>
        <Radios path="jurisdiction" label="Which UK nation is the child in?" options={jurisdictions.map((value) => ({ value, label: value }))} inline />
        <AutocompleteField
          path="localAuthority"
          label="Local authority (optional)"
          hint="The council responsible for the child, as named on the NRM form."
          options={nrmLists.ukLocalAuthorities}
        />
        <TextInput path="leadWorker" label="Lead worker" />
        <TextInput path="reference" label="Case reference (optional)" hint="Leave empty to be given one, or enter your organisation’s own reference." width="20" />
      </DraftSectionForm>
    </>
  );
}
