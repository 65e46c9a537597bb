import { useCallback, useEffect, useRef, useState } from 'react';
import type { OperationOutput } from '../../domain/api';
import { documentTypeLabels, isTemplateDocument, type DocumentType } from '../../domain/documents/catalogue';
import { documentAudienceLabels, documentAudiences, type DocumentAudience } from '../../domain/documents/model';
import { mainName } from '../../domain/documents/content';
import { invoke } from '../api';
import { useCase } from '../components/CaseLayout';
import { FormGroup } from '../components/FormGroup';
import { PageHeading } from '../components/PageHeading';
import { Table } from '../components/Table';

type Available = OperationOutput<'documents.available'>;
type RegisterEntry = OperationOutput<'documents.register'>['entries'][number];

interface Generated {
  type: DocumentType;
  url: string;
  base64: string;
  fileName: string;
  missing: string[];
  problems: Array<{ field: string; message: string }>;
}

const dateTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

function pdfUrl(base64: string): string {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
}

/** Documents for a case: choose who it is for, see what each document would be missing, generate and open it. */
export function DocumentsPage() {
  const { record } = useCase();
  const [audience, setAudience] = useState<DocumentAudience>('strategy-meeting');
  const [agencyName, setAgencyName] = useState('');
  const [available, setAvailable] = useState<Available | null>(null);
  const [register, setRegister] = useState<RegisterEntry[]>([]);
  const [customForm, setCustomForm] = useState<Partial<Record<DocumentType, string>>>({});
  const [busy, setBusy] = useState<DocumentType | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generated, setGenerated] = useState<Generated | null>(null);
  // After Generate, focus goes to what happened (the ready banner, or why not), never to the top of the page.
  const readyRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (generated) readyRef.current?.focus();
  }, [generated]);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  // The worker's sharing choices for the next document (decision 15): who the audience could reach, who to withhold.
  const [reaches, setReaches] = useState<string[]>([]);
  const [withholding, setWithholding] = useState<Record<string, string>>({});
  const agency = agencyName.trim();
  const internal = audience === 'internal';
  const withholdList = Object.entries(withholding).map(([adultId, reason]) => ({ adultId, reason: reason.trim() }));
  const reasonMissing = !internal && withholdList.some((choice) => choice.reason === '');
  const choices = internal ? {} : { ...(reaches.length > 0 ? { reachesAdultIds: reaches } : {}), ...(withholdList.length > 0 ? { withhold: withholdList.filter((choice) => choice.reason !== '') } : {}) };
  const choicesKey = JSON.stringify(choices);
  const desktop = window.crossings !== undefined;
  const [desktopMessage, setDesktopMessage] = useState<string | null>(null);

  async function saveOrPrint(op: 'documents.saveAs' | 'documents.print') {
    if (!generated) return;
    setDesktopMessage(null);
    const result = await invoke(op, { fileName: generated.fileName, pdfBase64: generated.base64 });
    if (!result.ok) setError(result.error.message);
    else if (op === 'documents.saveAs' && 'savedTo' in result.value && result.value.savedTo) setDesktopMessage(`Saved to ${result.value.savedTo}`);
  }
  const needsAgency = audience === 'named-agency' && agency === '';

  const load = useCallback(async () => {
    const [availableResult, registerResult] = await Promise.all([
      invoke('documents.available', { caseId: record.id, audience, ...(audience === 'named-agency' && agency ? { agencyName: agency } : {}), ...(JSON.parse(choicesKey) as typeof choices) }),
      invoke('documents.register', { caseId: record.id }),
    ]);
    if (availableResult.ok) setAvailable(availableResult.value);
    else setError(availableResult.error.message);
    if (registerResult.ok) setRegister(registerResult.value.entries);
  }, [record.id, audience, agency, choicesKey]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => () => {
    if (generated) URL.revokeObjectURL(generated.url);
  }, [generated]);

  async function generate(type: DocumentType) {
    setBusy(type);
    setError(null);
    const form = customForm[type];
    const result = await invoke('documents.generate', {
      caseId: record.id,
      type,
      audience,
      ...(audience === 'named-agency' ? { agencyName: agency } : {}),
      ...(form ? { customForm: form } : {}),
      ...choices,
    });
    setBusy(null);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const url = pdfUrl(result.value.pdfBase64);
    setGenerated({ type, url, base64: result.value.pdfBase64, fileName: result.value.fileName, missing: result.value.missing, problems: result.value.problems });
    // The desktop app prints and saves through the system dialogs; in browser mode the PDF opens in a new tab.
    if (!desktop) window.open(url, '_blank', 'noopener');
    await load();
  }

  const usableForms = (available?.customForms ?? []).filter((form) => form.valid);

  return (
    <>
      <PageHeading title={`Documents – ${record.reference}`}>Documents</PageHeading>
      <p className="govuk-body">
        Each document leaves out what its audience must not see: the child’s placement and everyone’s contact details. Police, children’s services, the strategy
        meeting, the ICTG service and the Home Office are told who a suspected adult is, with “Do not inform” or “Do not share with” beside their name, because they
        must check them. Any other audience is given nothing about an adult marked “do not share with”. Only the internal record version holds everything.
      </p>

      {error ? (
        <div className="govuk-error-summary" role="alert" tabIndex={-1} ref={errorRef}>
          <h2 className="govuk-error-summary__title">The document could not be made</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{error}</p>
          </div>
        </div>
      ) : null}

      <FormGroup id="audience" as="fieldset" label="Who are the documents for?" labelSize="m">
        <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
          {documentAudiences.map((value) => (
            <div className="govuk-radios__item" key={value}>
              <input
                className="govuk-radios__input"
                id={`audience-${value}`}
                name="audience"
                type="radio"
                value={value}
                checked={audience === value}
                onChange={() => setAudience(value)}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={`audience-${value}`}>
                {documentAudienceLabels[value]}
              </label>
            </div>
          ))}
        </div>
      </FormGroup>
      {audience === 'named-agency' ? (
        <FormGroup id="agency-name" label="Name of the agency">
          <input className="govuk-input govuk-!-width-two-thirds" id="agency-name" type="text" value={agencyName} maxLength={200} onChange={(event) => setAgencyName(event.target.value)} />
        </FormGroup>
      ) : null}

      {!internal && record.connectedAdults.length > 0 ? (
        <>
          <FormGroup id="reaches" as="fieldset" label="Could this document reach any of these adults?" labelSize="s" hint="Tick an adult if this audience includes them, or could pass information to them. They are left out of the document.">
            <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
              {record.connectedAdults.map((adult) => (
                <div className="govuk-checkboxes__item" key={adult.id}>
                  <input
                    className="govuk-checkboxes__input"
                    id={`reaches-${adult.id}`}
                    type="checkbox"
                    checked={reaches.includes(adult.id)}
                    onChange={(event) => setReaches(event.target.checked ? [...reaches, adult.id] : reaches.filter((id) => id !== adult.id))}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`reaches-${adult.id}`}>
                    {mainName(adult.names)}
                  </label>
                </div>
              ))}
            </div>
          </FormGroup>
          <FormGroup id="withhold" as="fieldset" label="Withhold an adult from this document only" labelSize="s" hint="For any other reason. Say why: the audit trail records that you gave a reason, never the adult’s name.">
            <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
              {record.connectedAdults.map((adult) => (
                <div key={adult.id}>
                  <div className="govuk-checkboxes__item">
                    <input
                      className="govuk-checkboxes__input"
                      id={`withhold-${adult.id}`}
                      type="checkbox"
                      checked={adult.id in withholding}
                      onChange={(event) => {
                        const next = { ...withholding };
                        if (event.target.checked) next[adult.id] = '';
                        else delete next[adult.id];
                        setWithholding(next);
                      }}
                    />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={`withhold-${adult.id}`}>
                      {mainName(adult.names)}
                    </label>
                  </div>
                  {adult.id in withholding ? (
                    <div className="govuk-checkboxes__conditional">
                      <FormGroup id={`withhold-reason-${adult.id}`} label={`Why you are withholding ${mainName(adult.names)}`} error={withholding[adult.id]?.trim() === '' ? 'Say why you are withholding this adult from this document' : undefined}>
                        {(describedBy) => (
                          <textarea
                            className={`govuk-textarea${withholding[adult.id]?.trim() === '' ? ' govuk-textarea--error' : ''}`}
                            id={`withhold-reason-${adult.id}`}
                            rows={2}
                            maxLength={500}
                            aria-describedby={describedBy}
                            value={withholding[adult.id]}
                            onChange={(event) => setWithholding({ ...withholding, [adult.id]: event.target.value })}
                          />
                        )}
                      </FormGroup>
                    </div>
                  ) : null}
                </div>
              ))}
            </div>
          </FormGroup>
        </>
      ) : null}

      {available ? <LeavesOut leavesOut={available.leavesOut} internal={internal} /> : null}

      {generated ? (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="status" tabIndex={-1} ref={readyRef} data-testid="document-ready">
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">{documentTypeLabels[generated.type]} is ready.</p>
            {desktop ? (
              <div className="govuk-button-group">
                <button type="button" className="govuk-button" onClick={() => void saveOrPrint('documents.print')}>
                  Print
                </button>
                <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void saveOrPrint('documents.saveAs')}>
                  Save as…
                </button>
                {desktopMessage ? <p className="govuk-body">{desktopMessage}</p> : null}
              </div>
            ) : null}
            <p className="govuk-body">
              <a className="govuk-link" href={generated.url} target="_blank" rel="noopener noreferrer" data-testid="open-generated-pdf">
                Open the PDF<span className="govuk-visually-hidden"> (opens in a new tab)</span>
              </a>{' '}
              or{' '}
              <a className="govuk-link" href={generated.url} download={generated.fileName}>
                save it as {generated.fileName}
              </a>
              .
            </p>
            {generated.missing.length > 0 ? <p className="govuk-body">{generated.missing.length} parts were left empty because they are not recorded.</p> : null}
            {generated.problems.length > 0 ? (
              <ul className="govuk-list govuk-list--bullet">
                {generated.problems.map((problem) => (
                  <li key={problem.field}>{problem.message}</li>
                ))}
              </ul>
            ) : null}
          </div>
        </div>
      ) : null}

      <h2 className="govuk-heading-m">What can be made for {audience === 'named-agency' && agency ? agency : documentAudienceLabels[audience].toLowerCase()}</h2>
      {!available ? (
        <p className="govuk-body">Checking the case…</p>
      ) : (
        <ul className="govuk-list">
          {available.documents.map((document) => (
            <li key={document.type} className="govuk-!-margin-bottom-6">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{document.title}</h3>
              <p className="govuk-body govuk-!-margin-bottom-2">{document.description}</p>
              {!document.available ? <p className="govuk-body govuk-!-font-weight-bold">{document.reason}</p> : null}
              {document.missing.length > 0 ? (
                <details className="govuk-details govuk-!-margin-bottom-2">
                  <summary className="govuk-details__summary">
                    <span className="govuk-details__summary-text">
                      {document.type === 'nrm-preparation-pack'
                        ? `${document.missing.length} NRM ${document.missing.length === 1 ? 'answer is' : 'answers are'} still empty`
                        : `${document.missing.length} ${document.missing.length === 1 ? 'part' : 'parts'} would be empty`}
                    </span>
                  </summary>
                  <div className="govuk-details__text">
                    <ul className="govuk-list govuk-list--bullet">
                      {document.missing.map((item) => (
                        <li key={item}>{item}</li>
                      ))}
                    </ul>
                  </div>
                </details>
              ) : null}
              {isTemplateDocument(document.type) && usableForms.length > 0 ? (
                <FormGroup id={`form-${document.type}`} label="Form to fill">
                  <select
                    className="govuk-select"
                    id={`form-${document.type}`}
                    value={customForm[document.type] ?? ''}
                    onChange={(event) => setCustomForm({ ...customForm, [document.type]: event.target.value || undefined })}
                  >
                    <option value="">Crossings’ own form</option>
                    {usableForms.map((form) => (
                      <option key={form.name} value={form.name}>
                        {form.title}
                      </option>
                    ))}
                  </select>
                </FormGroup>
              ) : null}
              <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" disabled={!document.available || needsAgency || reasonMissing || busy !== null} onClick={() => void generate(document.type)}>
                {busy === document.type ? 'Making the PDF…' : 'Generate'}
                <span className="govuk-visually-hidden"> {document.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}

      <h2 className="govuk-heading-m">Documents already generated</h2>
      {register.length === 0 ? (
        <p className="govuk-body">No documents have been generated for this case yet.</p>
      ) : (
        <Table
          caption="Register of generated documents"
          captionHidden
          sortable
          columns={['Document', 'For', 'When', 'By', 'Adults left out', 'SHA-256']}
          rows={register.map((entry) => ({
            key: entry.id,
            sortValues: [entry.title, entry.agencyName ?? documentAudienceLabels[entry.audience], entry.generatedAt, entry.generatedBy, entry.leftOut.map((adult) => adult.name).join(', '), entry.sha256],
            cells: [
              entry.title,
              entry.agencyName ?? documentAudienceLabels[entry.audience],
              dateTime.format(new Date(entry.generatedAt)),
              entry.generatedBy,
              entry.leftOut.length === 0 ? (
                'None'
              ) : (
                <ul className="govuk-list">
                  {entry.leftOut.map((adult, index) => (
                    <li key={index}>
                      <strong>{adult.name}</strong>: {adult.why}
                    </li>
                  ))}
                </ul>
              ),
              <code className="app-hash" title={entry.sha256}>
                {entry.sha256.slice(0, 16)}…
              </code>,
            ],
          }))}
        />
      )}
    </>
  );
}

/** Who and what the next version leaves out, and why, shown before the worker generates it (decision 15). */
function LeavesOut({ leavesOut, internal }: { leavesOut: Available['leavesOut']; internal: boolean }) {
  return (
    <section aria-labelledby="leaves-out-heading" data-testid="leaves-out">
      <h2 className="govuk-heading-m" id="leaves-out-heading">
        What this version leaves out
      </h2>
      {internal ? (
        <p className="govuk-body">Nothing: the internal record holds everything. Do not send it outside the team.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {leavesOut.withheld.map((adult) => (
            <li key={adult.adultId}>
              <strong>{adult.name}</strong>, and their name wherever it is written: {adult.why}
            </li>
          ))}
          {leavesOut.values.map((value) => (
            <li key={value}>{value}</li>
          ))}
          {leavesOut.chronologyEntries > 0 ? (
            <li>
              {leavesOut.chronologyEntries} chronology {leavesOut.chronologyEntries === 1 ? 'entry that names' : 'entries that name'} an adult who is left out
            </li>
          ) : null}
        </ul>
      )}
      {!internal && leavesOut.removedFromText.length > 0 ? (
        <>
          <p className="govuk-body">
            Where these were also written in your own words, they are taken out and marked as withheld. This version takes out:
          </p>
          <ul className="govuk-list govuk-list--bullet" data-testid="removed-from-text">
            {leavesOut.removedFromText.map((removal) => (
              <li key={removal.where}>
                {removal.where}: {removal.count} {removal.count === 1 ? 'mention' : 'mentions'}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {leavesOut.namedWithFlags.length > 0 ? (
        <>
          <p className="govuk-body">It names these adults, with their flags printed beside them:</p>
          <ul className="govuk-list govuk-list--bullet">
            {leavesOut.namedWithFlags.map((adult) => (
              <li key={adult.adultId}>
                {adult.name}: {adult.flags}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
