import { useEffect, useState } from 'react';
import type { CaseSummary } from '../../domain/case/schemas';
import { invoke } from '../api';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import { href, navigate } from '../router';

const SEARCH_DELAY_MS = 150;

export function CaseListPage() {
  const [query, setQuery] = useState(() => sessionStorage.getItem('crossings:case-search') ?? '');
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | undefined>();
  const [loadingExample, setLoadingExample] = useState(false);

  useEffect(() => {
    sessionStorage.setItem('crossings:case-search', query);
    const timer = setTimeout(() => {
      void invoke('cases.list', { query, limit: 100 }).then((result) => {
        if (result.ok) {
          setCases(result.value.cases);
          setTotal(result.value.total);
          setError(undefined);
        } else setError(result.error.message);
      });
    }, SEARCH_DELAY_MS);
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
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--m" htmlFor="case-search">
          Find a case
        </label>
        <div className="govuk-hint" id="case-search-hint">
          Type any of the child’s names or other spellings, the case reference, or a date of birth (for example 4/3/2012).
          Accents and capitals do not matter.
        </div>
        <input
          className="govuk-input govuk-!-width-two-thirds"
          id="case-search"
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby="case-search-hint"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <p className="govuk-body" role="status" aria-live="polite">
        {cases === null
          ? 'Loading cases…'
          : searching
            ? `${total} ${total === 1 ? 'case matches' : 'cases match'} “${query.trim()}”`
            : `${total} ${total === 1 ? 'case' : 'cases'}`}
      </p>
      {cases !== null && cases.length > 0 ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">Cases, most recently changed first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Child</th>
              <th scope="col" className="govuk-table__header">Other names</th>
              <th scope="col" className="govuk-table__header">Date of birth</th>
              <th scope="col" className="govuk-table__header">Reference</th>
              <th scope="col" className="govuk-table__header">Status</th>
              <th scope="col" className="govuk-table__header">Last changed</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {cases.map((item) => (
              <tr className="govuk-table__row" key={item.id}>
                <td className="govuk-table__cell">
                  <a className="govuk-link" href={href(`/cases/${item.id}`)}>
                    {item.childName}
                  </a>
                  {item.isExample ? <strong className="govuk-tag govuk-tag--yellow govuk-!-margin-left-2">Example</strong> : null}
                </td>
                <td className="govuk-table__cell">{item.otherNames.join(', ')}</td>
                <td className="govuk-table__cell">{item.dateOfBirth}</td>
                <td className="govuk-table__cell">{item.reference}</td>
                <td className="govuk-table__cell">{item.status === 'open' ? 'Open' : 'Closed'}</td>
                <td className="govuk-table__cell">{new Date(item.updatedAt).toLocaleDateString('en-GB')}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
