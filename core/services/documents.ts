import { exampleCase } from '../../domain/case/example';
import type { CaseRecord } from '../../domain/case/schemas';
import type { OperationHandlers } from '../../domain/api';
import {
  buildDocument,
  buildFormView,
  documentAvailability,
  documentTypeLabels,
  formGaps,
  sharingPreview,
  templateFiles,
  type DocumentAssessment,
  type DocumentInput,
  type FormView,
  type ReferrerDetails,
  type SharingChoices,
} from '../../domain/documents';
import type { CustomForm, DocumentRegisterEntry } from '../../domain/documents/contract';
import type { Assessment } from '../../domain/imaaf';
import { AppError } from '../../domain/errors';
import { customFormsFolder, listCustomForms, loadCustomForm } from '../pdf/custom-forms';
import { generatePdf, type GeneratedPdf } from '../pdf/generate';
import type { ServiceDeps } from './context';
import { requireCase as findCase } from './require-case';
import { appSettings } from './settings';

type Handlers = Pick<
  OperationHandlers,
  'documents.available' | 'documents.generate' | 'documents.register' | 'documents.customForms' | 'documents.saveAs' | 'documents.print'
>;

/**
 * The assessment documents read: the newest completed assessment for the case (its outcome is a frozen snapshot).
 * A draft has no outcome yet, so documents built while an assessment is in progress use the last completed one.
 */
export async function latestAssessmentForDocuments(deps: ServiceDeps, caseId: string): Promise<Assessment | null> {
  return (await deps.store.assessments.listForCase(caseId)).find((assessment) => assessment.status === 'completed') ?? null;
}

/** A file name that says what the document is without naming the child. */
export function documentFileName(reference: string, type: string, audience: string, generatedAt: string): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${safe(reference)}-${type}-${audience}-${generatedAt.slice(0, 10)}.pdf`;
}

export interface GeneratedDocument {
  entry: DocumentRegisterEntry;
  fileName: string;
  pdf: GeneratedPdf;
  missing: string[];
  withheldAdultCount: number;
}

export function documentService(deps: ServiceDeps) {
  const { store } = deps;

  const requireCase = (id: string): Promise<CaseRecord> => findCase(store, id);

  /** The worker making the referral: their name from this session, their work details from Settings. */
  function referrer(record: CaseRecord, worker: string): ReferrerDetails {
    const settings = appSettings(store.local);
    const details = settings.referrer;
    return {
      name: worker.trim() || record.leadWorker,
      role: details.role,
      organisation: details.team.trim() || settings.organisation.name,
      nrmOrganisation: details.nrmOrganisation ?? '',
      phone: details.phone,
      email: details.email.trim(),
      alternativeEmail: details.alternativeEmail.trim(),
      address: details.address,
    };
  }

  /** The worker's sharing choices, checked against the adults on the case so a mistyped id cannot silently name someone. */
  function sharingFor(record: CaseRecord, choices: SharingChoices): SharingChoices {
    const known = new Set(record.connectedAdults.map((adult) => adult.id));
    const unknown = [...(choices.reachesAdultIds ?? []), ...(choices.withhold ?? []).map((choice) => choice.adultId)].filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new AppError('VALIDATION', 'One of the adults you chose is no longer on this case. Reload the page and choose again.', [{ path: 'withhold', message: 'Choose adults on this case' }]);
    }
    return { reachesAdultIds: choices.reachesAdultIds ?? [], withhold: choices.withhold ?? [] };
  }

  async function input(
    record: CaseRecord,
    assessment: DocumentAssessment | null,
    audience: DocumentInput['audience'],
    worker: string,
    agencyName?: string,
    sharing: SharingChoices = {},
  ): Promise<DocumentInput> {
    return {
      sharing: sharingFor(record, sharing),
      caseRecord: record,
      assessment,
      audience,
      agencyName,
      generatedBy: worker,
      generatedAt: deps.now().toISOString(),
      referrer: referrer(record, worker),
      actions: await deps.store.actions.forCase(record.id),
    };
  }

  /** A view of the fictional example case, used to check custom forms without touching a real case. */
  function sampleView(): FormView {
    let counter = 0;
    const fixedId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
    const { sections } = exampleCase(fixedId, 'EXAMPLE-0000');
    const record: CaseRecord = { ...sections, id: fixedId(), isExample: true, openedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', revision: 1, chronology: [] };
    return buildFormView({ caseRecord: record, audience: 'internal', generatedBy: 'Example worker', generatedAt: '2026-01-01T00:00:00.000Z' });
  }

  async function customForms(): Promise<CustomForm[]> {
    return listCustomForms(deps.dataFolder, sampleView());
  }

  async function generate(
    request: {
      caseId: string;
      type: DocumentRegisterEntry['type'];
      audience: DocumentInput['audience'];
      agencyName?: string | undefined;
      customForm?: string | undefined;
    } & SharingChoices,
    worker: string,
  ): Promise<GeneratedDocument> {
    const record = await requireCase(request.caseId);
    const assessment = await latestAssessmentForDocuments(deps, record.id);
    if (request.type === 'imaaf-report' && !assessment?.outcome) {
      throw new AppError('VALIDATION', 'There is no completed IMAAF assessment for this case yet. Complete the assessment first, then generate the report.');
    }
    const documentInput = await input(record, assessment, request.audience, worker, request.agencyName, request);
    let custom: ReturnType<typeof loadCustomForm> | undefined;
    if (request.customForm) {
      try {
        custom = loadCustomForm(deps.dataFolder, request.customForm);
      } catch (error) {
        throw new AppError('VALIDATION', error instanceof Error ? error.message : 'This form could not be used.', [{ path: 'customForm', message: 'Choose a form that is ready to use' }]);
      }
    }
    const built = buildDocument(request.type, documentInput, custom?.mapping);
    const pdf = await generatePdf(built, { caseReference: record.reference, generatedAt: documentInput.generatedAt, generatedBy: worker, customForm: custom }, templateFiles[request.type]);
    const leftOut = sharingPreview(documentInput).withheld;
    const entry: DocumentRegisterEntry = {
      id: deps.newId(),
      caseId: record.id,
      type: request.type,
      title: custom ? custom.mapping.title : documentTypeLabels[request.type],
      audience: request.audience,
      agencyName: request.audience === 'named-agency' ? (request.agencyName ?? null) : null,
      customForm: request.customForm ?? null,
      generatedAt: documentInput.generatedAt,
      generatedBy: worker,
      sha256: pdf.sha256,
      pageCount: pdf.pageCount,
      byteLength: pdf.bytes.length,
      assessmentId: assessment?.id ?? null,
      frameworkVersion: (built.kind === 'model' ? built.model.frameworkVersion : built.frameworkVersion) ?? null,
      leftOut: leftOut.map((adult) => ({ name: adult.name, why: adult.why })),
    };
    await store.transaction(() => store.documents.add(entry));
    const missing = custom && built.kind === 'form' ? formGaps(built.view, custom.mapping) : built.gaps;
    const withheldAdultCount = leftOut.length;
    return { entry, fileName: documentFileName(record.reference, request.type, request.audience, entry.generatedAt), pdf, missing, withheldAdultCount };
  }

  return { requireCase, generate, customForms, input };
}

export function documentHandlers(deps: ServiceDeps): Handlers {
  const service = documentService(deps);
  return {
    'documents.available': async ({ caseId, audience, agencyName, reachesAdultIds, withhold }, context) => {
      const record = await service.requireCase(caseId);
      const assessment = await latestAssessmentForDocuments(deps, caseId);
      const documentInput = await service.input(record, assessment, audience, context.worker, agencyName, { reachesAdultIds, withhold });
      return { documents: documentAvailability(documentInput), customForms: await service.customForms(), leavesOut: sharingPreview(documentInput) };
    },

    'documents.generate': async (request, context) => {
      const { entry, fileName, pdf, missing, withheldAdultCount } = await service.generate(request, context.worker);
      return {
        entry,
        fileName,
        pdfBase64: Buffer.from(pdf.bytes).toString('base64'),
        missing,
        withheldAdultCount,
        problems: pdf.problems.map((problem) => ({ field: problem.field, message: problem.message })),
      };
    },

    'documents.register': async ({ caseId }) => {
      await service.requireCase(caseId);
      return { entries: await deps.store.documents.listForCase(caseId) };
    },

    'documents.customForms': async () => ({ folder: customFormsFolder(deps.dataFolder), forms: await service.customForms() }),

    // Saving and printing go through the desktop shell; browser mode opens the PDF in the browser instead.
    'documents.saveAs': async ({ fileName, pdfBase64 }) => ({ savedTo: await desktopBridge(deps).savePdf(fileName, generatedPdfBytes(pdfBase64)) }),
    'documents.print': async ({ fileName, pdfBase64 }) => {
      await desktopBridge(deps).printPdf(fileName, generatedPdfBytes(pdfBase64));
      return {};
    },
  };
}

function desktopBridge(deps: ServiceDeps): NonNullable<ServiceDeps['desktop']> {
  if (!deps.desktop) {
    throw new AppError('UNSUPPORTED', 'Saving and printing from Crossings work in the desktop app. Here, open the PDF and save or print it from your browser.');
  }
  return deps.desktop;
}

function generatedPdfBytes(base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new AppError('VALIDATION', 'This is not a PDF made by Crossings.', [{ path: 'pdfBase64', message: 'This is not a PDF' }]);
  return bytes;
}
