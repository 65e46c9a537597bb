import type { DocumentInput } from '../catalogue';
import { mainName } from '../content';
import type { DocumentBlockInput, DocumentField, DocumentModelInput } from '../model';
import { scrubDeep, type Redaction } from '../redaction';

/** What a builder gives back: the model to lay out, and the information gaps that left parts of it empty. */
export interface BuiltModel {
  model: DocumentModelInput;
  gaps: string[];
}

/** Collects fields and notes every empty one as an information gap. */
export class Fields {
  readonly gaps: string[] = [];
  private current: DocumentField[] = [];

  constructor(private readonly section: string) {}

  add(label: string, value: string | undefined | null, options: { gap?: boolean } = {}): this {
    const text = (value ?? '').trim();
    if (text === '' && options.gap !== false) this.gaps.push(`${this.section}: ${label}`);
    this.current.push({ label, value: text });
    return this;
  }

  block(): DocumentBlockInput {
    const block: DocumentBlockInput = { kind: 'fields', fields: this.current };
    this.current = [];
    return block;
  }
}

export const h2 = (text: string): DocumentBlockInput => ({ kind: 'heading', level: 2, text });
export const h3 = (text: string): DocumentBlockInput => ({ kind: 'heading', level: 3, text });
export const para = (text: string): DocumentBlockInput => ({ kind: 'paragraph', text, emphasis: 'normal' });
export const note = (text: string, title?: string, tone: 'information' | 'warning' = 'information'): DocumentBlockInput => ({ kind: 'note', tone, text, ...(title ? { title } : {}) });

export function baseModel(input: DocumentInput, redaction: Redaction, title: string, blocks: DocumentBlockInput[], withAssessment: boolean): DocumentModelInput {
  const frameworkVersion = withAssessment ? (redaction.assessment?.frameworkVersion ?? redaction.assessment?.outcome?.frameworkVersion) : undefined;
  const model: DocumentModelInput = {
    title,
    audience: input.audience,
    ...(input.audience === 'named-agency' && input.agencyName?.trim() ? { audienceName: input.agencyName.trim() } : {}),
    caseReference: input.caseRecord.reference,
    generatedAt: input.generatedAt,
    generatedBy: input.generatedBy,
    ...(frameworkVersion ? { frameworkVersion } : {}),
    flags: { ageDisputedTreatedAsChild: input.caseRecord.child.ageStatus === 'disputed-treated-as-child' },
    blocks,
  };
  // The last safety net: no withheld name anywhere in the finished model.
  return scrubDeep(model, redaction.scrub, new Set(['caseReference', 'generatedBy', 'generatedAt', 'audience', 'frameworkVersion']));
}

/** What this version leaves out, said at the top so a reader knows it is not the whole record. */
export function redactionNotice(redaction: Redaction): DocumentBlockInput {
  if (redaction.internal) {
    const flagged = redaction.caseRecord.connectedAdults.filter((adult) => adult.doNotShareWith || adult.doNotInform);
    const who = flagged.length > 0 ? ` It names adults who must not be told or shown anything: ${flagged.map((adult) => mainName(adult.names)).join(', ')}.` : '';
    return note(`This is the internal case record version. It holds the child’s placement and everyone’s contact details.${who} Do not send it outside the team; generate a version for the audience instead.`, 'Internal record: not for sharing', 'warning');
  }
  const parts = ['the child’s placement address and carer', 'the phone numbers and addresses of adults', 'the school’s and GP’s contact details'];
  if (redaction.withheldAdultCount > 0) parts.push(redaction.withheldAdultCount === 1 ? 'everything about one adult who must not be shown this information' : `everything about ${redaction.withheldAdultCount} adults who must not be shown this information`);
  if (redaction.withheldChronologyCount > 0) parts.push(`${redaction.withheldChronologyCount} chronology ${redaction.withheldChronologyCount === 1 ? 'entry' : 'entries'}`);
  return note(`This version leaves out ${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}. The lead worker holds them and can share them where it is safe and lawful.`, 'What this version leaves out');
}
