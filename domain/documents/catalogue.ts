import { z } from 'zod';
import type { AssessmentAnswers, Outcome } from '../imaaf';
import type { CaseRecord } from '../case/schemas';
import type { DocumentAudience } from './model';
import type { PlanAction } from '../plan/actions';

/** The documents Crossings produces. Three fill Crossings' own fillable templates; three are laid out from a model. */
export const documentTypes = [
  'children-services-referral',
  'nrm-preparation-pack',
  'ictg-referral-summary',
  'meeting-pack',
  'imaaf-report',
  'child-information-sheet',
] as const;
export type DocumentType = (typeof documentTypes)[number];
export const documentTypeSchema = z.enum(documentTypes, { error: 'Choose a document from the list' });

export const documentTypeLabels: Record<DocumentType, string> = {
  'children-services-referral': 'Multi-agency referral to children’s services (MASH / MARF)',
  'nrm-preparation-pack': 'NRM referral preparation pack',
  'ictg-referral-summary': 'Independent Child Trafficking Guardian referral summary',
  'meeting-pack': 'Strategy meeting preparation pack',
  'imaaf-report': 'IMAAF assessment report',
  'child-information-sheet': 'Information sheet for the child',
};

export const documentTypeDescriptions: Record<DocumentType, string> = {
  'children-services-referral': 'The common MARF sections, filled from the case record, to send to the MASH.',
  'nrm-preparation-pack': 'The Home Office online NRM form’s questions in order, to copy from when making the referral.',
  'ictg-referral-summary': 'What the ICTG online referral asks, made in addition to the NRM and safeguarding referrals.',
  'meeting-pack': 'Everything a strategy discussion needs: the child, the IMAAF summary, chronology, referrals and questions.',
  'imaaf-report': 'The completed IMAAF assessment: indicators by category, adult factors, gaps and recommendations.',
  'child-information-sheet': 'A short plain-language sheet for the child: the referral, the NRM, what happens next.',
};

/** Filled templates read a "form view" through a mapping; the rest are laid out from a document model. */
export const templateFiles: Partial<Record<DocumentType, string>> = {
  'children-services-referral': 'children-services-referral.pdf',
  'nrm-preparation-pack': 'nrm-preparation-pack.pdf',
  'ictg-referral-summary': 'ictg-referral-summary.pdf',
};

export function isTemplateDocument(type: DocumentType): boolean {
  return templateFiles[type] !== undefined;
}

/**
 * What documents read from an IMAAF assessment. Typed loosely from domain/imaaf so a draft, a completed assessment
 * or just an outcome can be passed; every part is optional and documents say "not recorded" where a part is missing.
 */
export interface DocumentAssessment {
  frameworkId?: string;
  frameworkVersion?: string;
  status?: string;
  completedAt?: string | null;
  completedBy?: string | null;
  professionalJudgement?: string;
  answers?: AssessmentAnswers | null;
  outcome?: Outcome | null;
}

/** Details a form asks about the person making the referral that the case record does not hold. */
export interface ReferrerDetails {
  name?: string;
  role?: string;
  organisation?: string;
  /** The first responder organisation as the NRM form lists it; matched from `organisation` when not given. */
  nrmOrganisation?: string;
  phone?: string;
  email?: string;
  address?: string;
  alternativeEmail?: string;
  relationshipToChild?: string;
}

export interface DocumentInput {
  caseRecord: CaseRecord;
  /** The latest assessment for the case, when there is one. */
  assessment?: DocumentAssessment | null | undefined;
  audience: DocumentAudience;
  /** For the 'named-agency' audience. */
  agencyName?: string | undefined;
  generatedBy: string;
  /** ISO date-time. */
  generatedAt: string;
  referrer?: ReferrerDetails | undefined;
  /** The worker's choices for this one document: who it could reach, and who else to withhold (decision 15). */
  sharing?: SharingChoices | undefined;
  /** The case's actions with owners (decision 17), for the meeting pack's proposed actions. */
  actions?: readonly PlanAction[] | undefined;
}

export interface SharingChoices {
  /** Adults this audience includes or could pass information to: they are left out. */
  reachesAdultIds?: readonly string[] | undefined;
  /** Adults the worker withholds from this one document, each with the worker's reason. */
  withhold?: ReadonlyArray<{ adultId: string; reason: string }> | undefined;
}
