import { useState } from 'react';
import { type ApproxDate } from '../../domain/case/approx-date';
import { ageStatusLabels, genderLabels, type CaseRecord, type CaseSummary } from '../../domain/case/schemas';
import { jurisdictions, nrmLists } from '../../domain/reference-data';
import { invoke } from '../api';
import { ApproxDateInput } from '../components/ApproxDateInput';
import { AutocompleteField } from '../components/AutocompleteField';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormProvider } from '../components/FormProvider';
import { optionsFrom } from '../components/optionsFrom';
import { Radios } from '../components/Radios';
import { TextInput } from '../components/TextInput';
import { DraftBanner } from '../components/DraftBanner';
import { PageHeading } from '../components/PageHeading';
import { useSectionForm } from '../components/useSectionForm';
import { typedFromApprox, type TypedDate } from '../form-state';
import { href, navigate } from '../router';

interface NewCaseForm {
  given: string;
  family: string;
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
  dateOfBirth: typedFromApprox(null),
  gender: null,
  ageStatus: null,
  jurisdiction: null,
  localAuthority: null,
  leadWorker: '',
  reference: '',
};

export function NewCasePage({ worker }: { worker: string }) {
  const [matches, setMatches] = useState<(CaseSummary & { reasons: string[] })[] | null>(null);
  const [checkedMatches, setCheckedMatches] = useState(false);

  const form = useSectionForm<NewCaseForm, Step>({
    draftKey: 'new-case',
    initial: { ...initial, leadWorker: worker },
    issuePrefixes: ['child'],
    save: async (value) => {
      const names = [{ given: value.given, family: value.family, type: 'main' as const }];
      const dateOfBirth = value.dateOfBirth as ApproxDate | null;
      if (!checkedMatches) {
        const found = await invoke('cases.findMatches', { names, dateOfBirth });
        if (!found.ok) return found;
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
      return created.ok ? { ok: true, value: { kind: 'created', id: created.value.id } } : created;
    },
    onSaved: (step) => {
      if (step.kind === 'matches') {
        setMatches(step.matches);
        setCheckedMatches(true);
        return 'keep-draft';
      }
      navigate(`/cases/${step.id}`);
    },
  });

  const issues = form.issues.map((issue) => ({
    ...issue,
    path: issue.path
      .replace(/^names\.0\./, '')
      .replace(/^names$/, 'given')
      .replace(/^dateOfBirth\.claimed/, 'dateOfBirth'),
  }));

  return (
    <>
      <a className="govuk-back-link" href={href('/')}>
        Back to cases
      </a>
      <PageHeading title="Start a new case">Start a new case</PageHeading>
      <DraftBanner restoredAt={form.restoredAt} onDiscard={() => void form.discardDraft()} />
      <ErrorSummary issues={issues} message={form.message} />
      {matches && matches.length > 0 ? (
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
      ) : null}
      <FormProvider value={form.value} set={form.set} issues={issues}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void form.submit();
          }}
        >
          <h2 className="govuk-heading-m">The child</h2>
          <TextInput path="given" label="Given name or names" hint="As the child says it. You can add other names and spellings later." />
          <TextInput path="family" label="Family name" />
          <ApproxDateInput path="dateOfBirth" label="Date of birth, as the child gives it" />
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
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" disabled={form.saving}>
              {matches && matches.length > 0 ? 'None of these is the child: start the new case' : 'Start the case'}
            </button>
          </div>
        </form>
      </FormProvider>
    </>
  );
}
