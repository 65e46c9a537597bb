/** While a page waits for the case database. */
export function Loading() {
  return <p className="govuk-body" role="status">Loading…</p>;
}
