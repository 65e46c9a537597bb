import { useEffect, useRef, useState } from 'react';
import type { CaseSummary } from '../../domain/case/schemas';
import { invoke } from '../api';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormGroup } from '../components/FormGroup';
import { PageHeading } from '../components/PageHeading';
import { Table } from '../components/Table';
import { href, navigate } from '../router';
import { caseStatusLabel } from '../../domain/case/vocabulary';

const SEARCH_DELAY_MS = 150;

export function CaseListPage() {
  const [query, setQuery] = useState(() => sessionStorage.getItem('crossings:case-search') ?? '');
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | undefined>();
  const [loadingExample, setLoadingExample] = useState(false);

  const firstLoad = useRef(true);

  useEffect(() => {
    sessionStorage.setItem('crossings:case-search', query);
    // The first list is asked for at once; only typing waits for a pause.
    const delay = firstLoad.current ? 0 : SEARCH_DELAY_MS;
    firstLoad.current = false;
    const timer = setTimeout(() => {
      void invoke('cases.list', { query, limit: 100 }).then((result) => {
        if (result.ok) {
          setCases(result.value.cases);
          setTotal(result.value.total);
          setError(undefined);
        } else setError(result.error.message);
      });
    }, delay);
    return () => clearTimeout(timer);
  }, [query]);

  const loadExample = async () => {
    setLoadingExample(true);
    const result = await invoke('cases.loadExample', {});
    setLoadingExample(false);
    if (result.ok) navigate(`/cases/${result.value.id}`);
    else setError(result.error.message);
  };

  const searching = query.trim() !== '';
  return (
    <>
      <PageHeading title="Cases">Cases</PageHeading>
      <ErrorSummary issues={[]} message={error} />
      <div className="govuk-button-group">
        <a className="govuk-button" href={href('/cases/new')} role="button" draggable="false">
          Start a new case
        </a>
        <a className="govuk-button govuk-button--secondary" href={href('/import')} role="button" draggable="false">
          Import a case handed over to you
        </a>
        <a className="govuk-link" href={href('/review')}>
          Cases due for review
        </a>
      </div>
      <FormGroup
        id="case-search"
        label="Find a case"
        labelSize="m"
        hint="Type any of the child’s names or other spellings, the case reference, or a date of birth (for example 4/3/2012). Accents and capitals do not matter."
      >
        {(describedBy) => (
          <input
            className="govuk-input govuk-!-width-two-thirds"
            id="case-search"
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={describedBy}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        )}
      </FormGroup>
      <p className="govuk-body" role="status" aria-live="polite">
        {cases === null
          ? 'Loading cases…'
          : searching
            ? `${total} ${total === 1 ? 'case matches' : 'cases match'} “${query.trim()}”`
            : `${total} ${total === 1 ? 'case' : 'cases'}`}
      </p>
      {cases !== null && cases.length > 0 ? (
        <Table
          caption="Cases, most recently changed first"
          captionSize="s"
          captionHidden
          columns={['Child', 'Other names', 'Date of birth', 'Reference', 'Status', 'Last changed']}
          rows={cases.map((item) => ({
            key: item.id,
            cells: [
              <>
                <a className="govuk-link" href={href(`/cases/${item.id}`)}>
                  {item.childName}
                </a>
                {item.isExample ? <strong className="govuk-tag govuk-tag--yellow govuk-!-margin-left-2">Example</strong> : null}
              </>,
              item.otherNames.join(', '),
              item.dateOfBirth,
              item.reference,
              caseStatusLabel(item.status),
              new Date(item.updatedAt).toLocaleDateString('en-GB'),
            ],
          }))}
        />
      ) : null}
      {cases !== null && cases.length === 0 && !searching ? (
        <div className="govuk-inset-text">
          <h2 className="govuk-heading-m">No cases yet</h2>
          <p className="govuk-body">
            Start a new case when you meet a child, or load an example case to see how Crossings works. The example is fictional
            and clearly marked.
          </p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void loadExample()} disabled={loadingExample}>
            Load the example case
          </button>
        </div>
      ) : null}
      {cases !== null && cases.length === 0 && searching ? (
        <p className="govuk-body">
          No case matches. Check the spelling, try another name the child uses, or{' '}
          <a className="govuk-link" href={href('/cases/new')}>start a new case</a>.
        </p>
      ) : null}
    </>
  );
}
