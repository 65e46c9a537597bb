import type { CaseRecord, ChronologyEntry, ConnectedAdult, PersonName } from '../case/schemas';
import type { DocumentAssessment, SharingChoices } from './catalogue';
import { foldForMatching, loosePattern, matchesFolded, phonePattern, replaceFolded, wordsPattern } from './matching';
import { isProfessionalAudience, type DocumentAudience } from './model';

/**
 * Redaction, applied before any document content is built (so withheld data never reaches a PDF renderer).
 *
 * For every audience except the internal record:
 * - the child's placement address and carer, every adult's phone and address, and the school's and GP's phone,
 *   email and address are left out (a school or surgery address leads to the child);
 * - who is left out is the sharing rule (decision 15, `withheldAdults`): an adult flagged "do not share with" for
 *   every audience but the agencies that must check them, any adult the worker marks as reached by this audience, and
 *   any adult the worker withholds from this one document; such an adult is left out entirely: their record, their
 *   assessment answers and factors, and their name wherever it appears in free text (replaced by WITHHELD_NAME);
 * - chronology entries that mention such an adult's name are left out and counted, never rewritten, because the
 *   chronology is evidence and must read as it was recorded.
 */

export const WITHHELD_NAME = '[name withheld]';
export const WITHHELD_VALUE = 'Withheld from this version: ask the lead worker';
export const WITHHELD_PLACE = '[address withheld]';

export const WITHHELD_CONTACT = '[contact details withheld]';

/**
 * An address, each of its lines or comma-separated parts that holds a number (a house or flat and its street), and its
 * postcode. A part that is only a town or county is left alone: it would also blank every other mention of that place.
 */
function addressParts(address: string): string[] {
  const postcodes = address.match(/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi) ?? [];
  const numbered = address.split(/[,\n]/).filter((part) => /\p{N}/u.test(part));
  return [address, ...numbered, ...postcodes].map((part) => part.trim()).filter((part) => part.replace(/[^\p{L}\p{N}]/gu, '').length >= 4);
}

/** Why an adult is left out of a version: the flag, the audience's reach, or the worker's choice for this document. */
export type WithheldBecause = 'do-not-share-with' | 'audience-reaches-them' | 'withheld-by-worker';

export interface WithheldAdult {
  adultId: string;
  because: WithheldBecause;
  /** The worker's reason, when they withheld the adult from this one document. */
  reason?: string;
}

/**
 * The sharing rule (decision 15): which adults a version for this audience leaves out, and why. The internal record
 * leaves out no one. The agencies that must check a suspected adult are told who they are; any other audience is not
 * given an adult marked "do not share with"; an audience the worker marks as reaching an adult never names them.
 */
export function withheldAdults(caseRecord: CaseRecord, audience: DocumentAudience, sharing: SharingChoices = {}): WithheldAdult[] {
  if (audience === 'internal') return [];
  const reaches = new Set(sharing.reachesAdultIds ?? []);
  const chosen = new Map((sharing.withhold ?? []).map((choice) => [choice.adultId, choice.reason]));
  const professional = isProfessionalAudience(audience);
  const result: WithheldAdult[] = [];
  for (const adult of caseRecord.connectedAdults) {
    if (reaches.has(adult.id)) result.push({ adultId: adult.id, because: 'audience-reaches-them' });
    else if (chosen.has(adult.id)) result.push({ adultId: adult.id, because: 'withheld-by-worker', reason: chosen.get(adult.id) ?? '' });
    else if (adult.doNotShareWith && !professional) result.push({ adultId: adult.id, because: 'do-not-share-with' });
  }
  return result;
}

/** The flags printed beside a named adult in a version for another agency, so that agency can act on them. */
export function sharingFlagsText(adult: Pick<ConnectedAdult, 'doNotInform' | 'doNotShareWith'>): string {
  return [adult.doNotInform ? 'Do not inform' : '', adult.doNotShareWith ? 'Do not share with' : ''].filter(Boolean).join(', ');
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
  /** Who is left out and why (none for the internal record). */
  withheldAdults: WithheldAdult[];
  withheldChronologyCount: number;
  /** Replaces every withheld adult's name in a piece of free text. */
  scrub: (text: string) => string;
  /** True when the text names a withheld adult. */
  mentionsWithheld: (text: string) => boolean;
}

function nameTokens(names: PersonName[]): string[] {
  return names.flatMap((name) => `${name.given} ${name.family}`.split(/\s+/)).filter((token) => token.trim() !== '');
}

/**
 * Builds a matcher (for folded text: see matching.ts) for the names of withheld adults; tokens shared with a person
 * who is not withheld are only matched as part of a full name.
 */
export function withheldNameMatcher(withheld: Pick<ConnectedAdult, 'names'>[], keptNames: PersonName[]): RegExp | null {
  const keptTokens = new Set(nameTokens(keptNames).map(foldForMatching));
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
        const folded = foldForMatching(token);
        if ([...folded].length >= 2 && !keptTokens.has(folded)) phrases.add(token);
      }
      if (given && !family && !keptTokens.has(foldForMatching(given))) phrases.add(given);
      if (family && !given && !keptTokens.has(foldForMatching(family))) phrases.add(family);
    }
  }
  // Longest first, so a full name is replaced whole rather than word by word.
  return wordsPattern([...phrases]);
}

export function redactForAudience(
  caseRecord: CaseRecord,
  assessment: DocumentAssessment | null | undefined,
  audience: DocumentAudience,
  sharing: SharingChoices = {},
): Redaction {
  if (audience === 'internal') {
    return {
      audience,
      internal: true,
      caseRecord,
      assessment: assessment ?? null,
      withheldAdultCount: 0,
      withheldAdultIds: [],
      withheldAdults: [],
      withheldChronologyCount: 0,
      scrub: (text) => text,
      mentionsWithheld: () => false,
    };
  }
  const leftOut = withheldAdults(caseRecord, audience, sharing);
  const withheldIds = new Set(leftOut.map((adult) => adult.adultId));
  const withheld = caseRecord.connectedAdults.filter((adult) => withheldIds.has(adult.id));
  const kept = caseRecord.connectedAdults.filter((adult) => !withheldIds.has(adult.id));
  const keptNames = [...caseRecord.child.names, ...kept.flatMap((adult) => adult.names)];
  const matcher = withheldNameMatcher(withheld, keptNames);
  const mentionsWithheld = (text: string) => matcher !== null && matchesFolded(text, matcher);

  // Every other value this version leaves out, wherever a worker also typed it: the placement and its carer, and
  // the phone numbers, emails and addresses of the adults, the school and the GP.
  const child = caseRecord.child;
  const contacts = [...caseRecord.connectedAdults.map((adult) => adult.contact), child.school, child.gp];
  // The carer is matched as written, whole: the field may hold a name or a description ("foster carer"), and its
  // single words would blank others' names and ordinary words. A carer who is also a connected adult kept in this
  // version stays named.
  const carer = child.placement.carer.trim();
  const carerIsKept = keptNames.some((kept) => foldForMatching(`${kept.given} ${kept.family}`) === foldForMatching(carer));
  const valueScrubbers: [RegExp | null, string][] = [
    [loosePattern([...addressParts(child.placement.address), ...contacts.flatMap((contact) => addressParts(contact.address))]), WITHHELD_PLACE],
    [carer.length >= 3 && !carerIsKept ? wordsPattern([carer]) : null, WITHHELD_NAME],
    [phonePattern(contacts.map((contact) => contact.phone)), WITHHELD_CONTACT],
    [loosePattern([child.school.email, child.gp.email].filter((email) => email.includes('@'))), WITHHELD_CONTACT],
  ];
  const scrub = (text: string) => {
    if (text === '') return text;
    let scrubbed = matcher ? replaceFolded(text, matcher, WITHHELD_NAME) : text;
    for (const [pattern, replacement] of valueScrubbers) if (pattern) scrubbed = replaceFolded(scrubbed, pattern, replacement);
    return scrubbed;
  };

  const noContact = { name: '', phone: '', email: '', address: '' };
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
      place: scrub(caseRecord.strategyMeeting.place),
      chair: scrub(caseRecord.strategyMeeting.chair),
      invited: scrub(caseRecord.strategyMeeting.invited),
      notes: scrub(caseRecord.strategyMeeting.notes),
    },
    // The NRM answers are the worker's own words: a withheld name or address typed into one is blanked too.
    nrm: { ...caseRecord.nrm, answers: Object.fromEntries(Object.entries(caseRecord.nrm.answers).map(([id, value]) => [id, typeof value === 'string' ? scrub(value) : value])) },
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
    withheldAdults: leftOut,
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
