import type { CaseRecord, ChronologyEntry, ConnectedAdult, PersonName } from '../case/schemas';
import type { DocumentAssessment } from './catalogue';
import type { DocumentAudience } from './model';

/**
 * Redaction, applied before any document content is built (so withheld data never reaches a PDF renderer).
 *
 * For every audience except the internal record:
 * - the child's placement address and carer, every adult's phone and address, and the school's and GP's phone,
 *   email and address are left out (a school or surgery address leads to the child);
 * - every adult flagged "do not share with" is left out entirely: their record, their assessment answers and factors,
 *   and their name wherever it appears in free text (replaced by WITHHELD_NAME);
 * - chronology entries that mention such an adult's name are left out and counted, never rewritten, because the
 *   chronology is evidence and must read as it was recorded.
 */

export const WITHHELD_NAME = '[name withheld]';
export const WITHHELD_VALUE = 'Withheld from this version: ask the lead worker';
export const WITHHELD_PLACE = '[address withheld]';

/**
 * A scrubber for the child's placement address in free text a worker writes elsewhere (where a meeting is held, say):
 * the whole address, each line or comma-separated part of it, and its postcode, whatever their case.
 */
export function placementScrubber(address: string): (text: string) => string {
  const postcodes = address.match(/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi) ?? [];
  const parts = [address, ...address.split(/[,\n]/), ...postcodes]
    .map((part) => part.trim())
    .filter((part) => part.replace(/[^\p{L}\p{N}]/gu, '').length >= 4)
    .sort((a, b) => b.length - a.length);
  if (parts.length === 0) return (text) => text;
  const pattern = new RegExp(parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|'), 'giu');
  return (text) => text.replace(pattern, WITHHELD_PLACE);
}

export interface Redaction {
  audience: DocumentAudience;
  internal: boolean;
  caseRecord: CaseRecord;
  assessment: DocumentAssessment | null;
  /** Adults left out of this version (none for the internal record). */
  withheldAdultCount: number;
  /** Their ids, so a picture can be told to leave them out as well (none for the internal record). */
  withheldAdultIds: string[];
  withheldChronologyCount: number;
  /** Replaces every withheld adult's name in a piece of free text. */
  scrub: (text: string) => string;
  /** True when the text names a withheld adult. */
  mentionsWithheld: (text: string) => boolean;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

function nameTokens(names: PersonName[]): string[] {
  return names.flatMap((name) => `${name.given} ${name.family}`.split(/\s+/)).filter((token) => token.trim() !== '');
}

/** A pattern for a name that also matches it written without accents or in another case. */
function namePattern(name: string): string {
  const parts = [...fold(name)].map((character) => {
    if (/\s/.test(character)) return '\\s+';
    if (character === 'd') return '[dđ]\\p{M}*';
    return `${character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\p{M}*`;
  });
  return parts.join('');
}

/** Builds a matcher for the names of withheld adults; tokens shared with a person who is not withheld are only matched as part of a full name. */
export function withheldNameMatcher(withheld: ConnectedAdult[], keptNames: PersonName[]): RegExp | null {
  const keptTokens = new Set(nameTokens(keptNames).map(fold));
  const phrases = new Set<string>();
  for (const adult of withheld) {
    for (const name of adult.names) {
      const given = name.given.trim();
      const family = name.family.trim();
      if (given && family) {
        phrases.add(`${given} ${family}`);
        phrases.add(`${family} ${given}`);
      }
      for (const token of nameTokens([name])) {
        const folded = fold(token);
        if ([...folded].length >= 2 && !keptTokens.has(folded)) phrases.add(token);
      }
      if (given && !family && !keptTokens.has(fold(given))) phrases.add(given);
      if (family && !given && !keptTokens.has(fold(family))) phrases.add(family);
    }
  }
  if (phrases.size === 0) return null;
  // Longest first, so a full name is replaced whole rather than word by word.
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map(namePattern);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export function redactForAudience(caseRecord: CaseRecord, assessment: DocumentAssessment | null | undefined, audience: DocumentAudience): Redaction {
  if (audience === 'internal') {
    return {
      audience,
      internal: true,
      caseRecord,
      assessment: assessment ?? null,
      withheldAdultCount: 0,
      withheldAdultIds: [],
      withheldChronologyCount: 0,
      scrub: (text) => text,
      mentionsWithheld: () => false,
    };
  }
  const withheld = caseRecord.connectedAdults.filter((adult) => adult.doNotShareWith);
  const kept = caseRecord.connectedAdults.filter((adult) => !adult.doNotShareWith);
  const withheldIds = new Set(withheld.map((adult) => adult.id));
  const matcher = withheldNameMatcher(withheld, [...caseRecord.child.names, ...kept.flatMap((adult) => adult.names)]);
  const mentionsWithheld = (text: string) => {
    if (!matcher) return false;
    matcher.lastIndex = 0;
    return matcher.test(text.normalize('NFD'));
  };
  const scrub = (text: string) => {
    if (!matcher || text === '') return text;
    matcher.lastIndex = 0;
    return text.normalize('NFD').replace(matcher, WITHHELD_NAME).normalize('NFC');
  };

  const noContact = { name: '', phone: '', email: '', address: '' };
  const scrubPlacement = placementScrubber(caseRecord.child.placement.address);
  const scrubMeeting = (text: string) => scrub(scrubPlacement(text));
  const chronology: ChronologyEntry[] = [];
  let withheldChronologyCount = 0;
  for (const entry of caseRecord.chronology) {
    if (mentionsWithheld(`${entry.summary}\n${entry.source}`)) withheldChronologyCount += 1;
    else chronology.push(entry);
  }

  const redacted: CaseRecord = {
    ...caseRecord,
    child: {
      ...caseRecord.child,
      placement: { ...caseRecord.child.placement, address: '', carer: '' },
      school: { ...noContact, name: caseRecord.child.school.name },
      gp: { ...noContact, name: caseRecord.child.gp.name },
    },
    connectedAdults: kept.map((adult) => ({ ...adult, contact: { phone: '', address: '' } })),
    journey: {
      ...caseRecord.journey,
      legs: caseRecord.journey.legs.map((leg) => ({ ...leg, travelledWithAdultIds: leg.travelledWithAdultIds.filter((id) => !withheldIds.has(id)) })),
    },
    strategyMeeting: {
      ...caseRecord.strategyMeeting,
      place: scrubMeeting(caseRecord.strategyMeeting.place),
      chair: scrubMeeting(caseRecord.strategyMeeting.chair),
      invited: scrubMeeting(caseRecord.strategyMeeting.invited),
      notes: scrubMeeting(caseRecord.strategyMeeting.notes),
    },
    chronology,
  };

  let redactedAssessment: DocumentAssessment | null = null;
  if (assessment) {
    const answers = assessment.answers
      ? { ...assessment.answers, connectedAdults: Object.fromEntries(Object.entries(assessment.answers.connectedAdults).filter(([id]) => !withheldIds.has(id))) }
      : assessment.answers;
    const outcome = assessment.outcome
      ? {
          ...assessment.outcome,
          indicatorsByCategory: assessment.outcome.indicatorsByCategory.map((category) => {
            const items = category.items.filter((item) => !item.connectedAdultId || !withheldIds.has(item.connectedAdultId));
            return {
              ...category,
              items,
              yes: items.filter((item) => item.status === 'yes').length,
              suspected: items.filter((item) => item.status === 'suspected').length,
            };
          }),
          connectedAdultFactors: assessment.outcome.connectedAdultFactors.filter((adult) => !withheldIds.has(adult.connectedAdultId)),
          differences: assessment.outcome.differences.filter((difference) => !difference.connectedAdultId || !withheldIds.has(difference.connectedAdultId)),
          informationGaps: assessment.outcome.informationGaps.filter((gap) => !gap.connectedAdultId || !withheldIds.has(gap.connectedAdultId)),
        }
      : assessment.outcome;
    redactedAssessment = { ...assessment, answers, outcome };
  }

  return {
    audience,
    internal: false,
    caseRecord: redacted,
    assessment: redactedAssessment,
    withheldAdultCount: withheld.length,
    withheldAdultIds: [...withheldIds],
    withheldChronologyCount,
    scrub,
    mentionsWithheld,
  };
}

/**
 * The last safety net: replaces withheld names in every string of a finished document model or form view. Keys in
 * `skip` (for example the case reference) are left as they are.
 */
export function scrubDeep<T>(value: T, scrub: (text: string) => string, skip: ReadonlySet<string> = new Set()): T {
  const walk = (current: unknown, key: string | undefined): unknown => {
    if (typeof current === 'string') return key !== undefined && skip.has(key) ? current : scrub(current);
    if (Array.isArray(current)) return current.map((item) => walk(item, undefined));
    if (current && typeof current === 'object') {
      return Object.fromEntries(Object.entries(current as Record<string, unknown>).map(([entryKey, item]) => [entryKey, walk(item, entryKey)]));
    }
    return current;
  };
  return walk(value, undefined) as T;
}
