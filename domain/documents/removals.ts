import type { CaseRecord } from '../case/schemas';
import type { DocumentAssessment } from './catalogue';
import { WITHHELD_CONTACT, WITHHELD_NAME, WITHHELD_PLACE, type Redaction } from './redaction';

/**
 * What a version takes out of the worker's own words: how many times a withheld value (a withheld adult's name, the
 * placement address, the carer, a phone number or email address) was found in free text, and where, in the worker's
 * terms. Shown on the documents page before generating (decision 15); never printed, and never the values themselves.
 */
export interface TextRemoval {
  where: string;
  count: number;
}

const MARKERS = [WITHHELD_NAME, WITHHELD_PLACE, WITHHELD_CONTACT];

/** Structured details left out whole (listed on their own as "values"): not counted again as free text. */
const LEFT_OUT_WHOLE = new Set(['placement', 'contact', 'school', 'gp', 'id', 'caseId', 'correctsId', 'recordedAt', 'recordedBy', 'reference']);

function markers(text: string): number {
  return MARKERS.reduce((total, marker) => total + text.split(marker).length - 1, 0);
}

/** How many withheld values scrubbing takes out of every string under `value`. */
function countIn(value: unknown, scrub: (text: string) => string): number {
  if (typeof value === 'string') return value === '' ? 0 : Math.max(0, markers(scrub(value)) - markers(value));
  if (Array.isArray(value)) return value.reduce((total: number, item) => total + countIn(item, scrub), 0);
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).reduce((total, [key, item]) => total + (LEFT_OUT_WHOLE.has(key) ? 0 : countIn(item, scrub)), 0);
  }
  return 0;
}

/**
 * Counts, area by area of the case as the worker knows it, what this version's redaction takes out of free text.
 * Chronology entries left out whole (they name a withheld adult) are counted by the preview on their own; a withheld
 * adult's own record is left out whole too.
 */
export function textRemovals(record: CaseRecord, assessment: DocumentAssessment | null, redaction: Redaction): TextRemoval[] {
  if (redaction.internal) return [];
  const { scrub } = redaction;
  const withheld = new Set(redaction.withheldAdultIds);
  const keptChronology = record.chronology.filter((entry) => !redaction.mentionsWithheld(`${entry.summary}\n${entry.source}`));
  const areas: [string, unknown][] = [
    ['Chronology entries', keptChronology.map((entry) => [entry.summary, entry.source])],
    ['The child’s details', record.child],
    ['Connected adults’ details and notes', record.connectedAdults.filter((adult) => !withheld.has(adult.id))],
    ['Journey', record.journey],
    ['Home and family', record.homeSituation],
    ['Agencies involved', record.agencies],
    ['Strategy discussion details and notes', record.strategyMeeting],
    ['NRM referral answers', record.nrm.answers],
    ['Assessment answers and notes', assessment?.answers ? [Object.values(assessment.answers.items), Object.entries(assessment.answers.connectedAdults).filter(([id]) => !withheld.has(id)).map(([, items]) => Object.values(items))] : []],
    ['Professional judgement', assessment?.professionalJudgement ?? ''],
  ];
  return areas.map(([where, value]) => ({ where, count: countIn(value, scrub) })).filter((removal) => removal.count > 0);
}
