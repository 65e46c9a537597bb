import referralMapping from '../../templates/children-services-referral.mapping.json';
import ictgMapping from '../../templates/ictg-referral-summary.mapping.json';
import nrmMapping from '../../templates/nrm-preparation-pack.mapping.json';
import { buildChildInformationSheet } from './builders/child-information-sheet';
import { buildImaafReport } from './builders/imaaf-report';
import { buildMeetingPack } from './builders/meeting-pack';
import { documentTypeDescriptions, documentTypeLabels, documentTypes, isTemplateDocument, type DocumentInput, type DocumentType } from './catalogue';
import { documentAudienceLabels, isProfessionalAudience, type DocumentModelInput } from './model';
import { redactForAudience, sharingFlagsText, WITHHELD_VALUE, type WithheldBecause } from './redaction';
import { mainName } from './content';
import { textRemovals, type TextRemoval } from './removals';
import { buildFormViewFromRedaction, type FormView } from './view';
import { nrmGapLabels, nrmResolution } from './nrm-view';
import { readPath } from '../paths';

export * from './catalogue';
export * from './model';
export { buildChildInformationSheet, buildImaafReport, buildMeetingPack };
export { redactionNotice, type BuiltModel } from './builders/blocks';
export { buildFormView, type FormView } from './view';
export { redactForAudience, scrubDeep, sharingFlagsText, withheldAdults, withheldNameMatcher, WITHHELD_NAME, WITHHELD_VALUE, type Redaction, type WithheldAdult, type WithheldBecause } from './redaction';

/** The parts of a template mapping the domain needs: each field's label and the view path(s) it reads. */
export interface MappingFields {
  title?: string;
  fields: Record<string, { path: string | string[]; label: string }>;
}

export const builtInMappings: Partial<Record<DocumentType, MappingFields>> = {
  'children-services-referral': referralMapping,
  'nrm-preparation-pack': nrmMapping,
  'ictg-referral-summary': ictgMapping,
};

export type BuiltDocument =
  | { kind: 'model'; type: DocumentType; model: DocumentModelInput; gaps: string[] }
  | { kind: 'form'; type: DocumentType; title: string; view: FormView; gaps: string[]; frameworkVersion?: string; ageDisputedTreatedAsChild: boolean };

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === false || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/**
 * The labels of mapped fields that would be left empty. Checkboxes (yes/no data) are never gaps: an unticked box is
 * an answer. Withheld values are not gaps either: they are left out on purpose.
 */
export function formGaps(view: FormView | Record<string, unknown>, mapping: MappingFields): string[] {
  const gaps: string[] = [];
  for (const entry of Object.values(mapping.fields)) {
    const paths = Array.isArray(entry.path) ? entry.path : [entry.path];
    const values = paths.map((path) => readPath(view, path));
    if (values.some((value) => typeof value === 'boolean')) continue;
    if (values.some((value) => value === WITHHELD_VALUE)) continue;
    if (values.every(isEmpty) && !gaps.includes(entry.label)) gaps.push(entry.label);
  }
  return gaps;
}

/**
 * Builds a document's content for an audience: a document model to lay out, or a form view for a template mapping.
 * Redaction is applied here, before anything reaches a renderer.
 */
export function buildDocument(type: DocumentType, input: DocumentInput, mapping?: MappingFields): BuiltDocument {
  const redaction = redactForAudience(input.caseRecord, input.assessment, input.audience, input.sharing);
  switch (type) {
    case 'meeting-pack':
      return { kind: 'model', type, ...buildMeetingPack(input, redaction) };
    case 'imaaf-report':
      return { kind: 'model', type, ...buildImaafReport(input, redaction) };
    case 'child-information-sheet':
      return { kind: 'model', type, ...buildChildInformationSheet(input, redaction) };
    case 'children-services-referral':
    case 'nrm-preparation-pack':
    case 'ictg-referral-summary': {
      const view = buildFormViewFromRedaction(input, redaction);
      const fields = mapping ?? builtInMappings[type];
      const frameworkVersion = redaction.assessment?.frameworkVersion ?? redaction.assessment?.outcome?.frameworkVersion;
      return {
        kind: 'form',
        type,
        title: documentTypeLabels[type],
        view,
        gaps: type === 'nrm-preparation-pack' && !mapping ? nrmGapLabels(nrmResolution(redaction.caseRecord, view)) : fields ? formGaps(view, fields) : [],
        ...(frameworkVersion ? { frameworkVersion } : {}),
        ageDisputedTreatedAsChild: input.caseRecord.child.ageStatus === 'disputed-treated-as-child',
      };
    }
  }
}

export interface DocumentAvailability {
  type: DocumentType;
  title: string;
  description: string;
  kind: 'form' | 'model';
  /** False when the document cannot be produced yet (the reason says why). */
  available: boolean;
  reason: string;
  /** Information gaps that would leave fields empty for this audience. */
  missing: string[];
}

/** Which documents can be produced for a case and audience, and what each would be missing. */
export function listMissingInformation(type: DocumentType, input: DocumentInput): string[] {
  return buildDocument(type, input).gaps;
}

export function documentAvailability(input: DocumentInput): DocumentAvailability[] {
  return documentTypes.map((type) => {
    const missing = listMissingInformation(type, input);
    const needsAssessment = type === 'imaaf-report' && !input.assessment?.outcome;
    return {
      type,
      title: documentTypeLabels[type],
      description: documentTypeDescriptions[type],
      kind: isTemplateDocument(type) ? 'form' : 'model',
      available: !needsAssessment,
      reason: needsAssessment ? 'Complete the IMAAF assessment for this case first.' : '',
      missing,
    };
  });
}

/** What a version leaves out and why, shown to the worker before they generate it (decision 15). */
export interface SharingPreview {
  /** Adults left out of this version, each with why in the worker's words. */
  withheld: Array<{ adultId: string; name: string; because: WithheldBecause; why: string }>;
  /** Flagged adults this version names, with the flags printed beside them. */
  namedWithFlags: Array<{ adultId: string; name: string; flags: string }>;
  /** Other values left out of every version but the internal record. */
  values: string[];
  /** Chronology entries left out because they name an adult who is withheld. */
  chronologyEntries: number;
  /** Withheld values found in the worker's own words and taken out: how many, and where (never the values). */
  removedFromText: TextRemoval[];
}

export function sharingPreview(input: DocumentInput): SharingPreview {
  const redaction = redactForAudience(input.caseRecord, input.assessment, input.audience, input.sharing);
  const adults = new Map(input.caseRecord.connectedAdults.map((adult) => [adult.id, adult]));
  const audience = input.audience === 'named-agency' && input.agencyName ? input.agencyName : documentAudienceLabels[input.audience];
  const why = (because: WithheldBecause, reason?: string) => {
    if (because === 'audience-reaches-them') return 'You marked that this audience includes this adult or could pass information to them.';
    if (because === 'withheld-by-worker') return `You chose to withhold this adult from this document: ${reason ?? ''}`;
    return `Marked “do not share with”, and ${audience} is not one of the agencies that must check a suspected adult (police, children’s services, the strategy meeting, the ICTG service, the Home Office).`;
  };
  return {
    withheld: redaction.withheldAdults.map(({ adultId, because, reason }) => ({ adultId, name: mainName(adults.get(adultId)?.names ?? []), because, why: why(because, reason) })),
    namedWithFlags: redaction.caseRecord.connectedAdults
      .filter((adult) => !redaction.internal && sharingFlagsText(adult) !== '')
      .map((adult) => ({ adultId: adult.id, name: mainName(adult.names), flags: sharingFlagsText(adult) })),
    values: redaction.internal
      ? []
      : ['The child’s placement address and carer', 'The phone numbers and addresses of connected adults', 'The school’s and GP’s contact details'],
    chronologyEntries: redaction.withheldChronologyCount,
    removedFromText: textRemovals(input.caseRecord, input.assessment ?? null, redaction),
  };
}

export { isProfessionalAudience };
