import { approxDateRange, oldestAgeOn, youngestAgeOn, type ApproxDate } from '../../case/approx-date';
import { ageStatusLabels, type CaseRecord } from '../../case/schemas';
import type { Jurisdiction } from '../../reference-data';
import { readRole, type AnsweredFramework } from './readings';
import type { ImaafSettings } from './settings';

/** What the age finding reads: the case record, where the case is, the settings (for today) and the answers. */
export interface AgeFacts extends AnsweredFramework {
  caseRecord: CaseRecord;
  jurisdiction: Jurisdiction;
  settings: ImaafSettings;
}

export interface AgeFinding {
  pathway: 'child' | 'adult';
  basis: string;
  sources: string[];
  youngestPossibleAge: number | null;
  oldestPossibleAge: number | null;
  /** Could be 17 or older: time to plan for turning 18. */
  nearEighteen: boolean;
  /**
   * Age doubted or disputed: disputed on the record, or (with no status recorded) the dates of birth or the age they
   * look fall on both sides of 18, or the worker has reason to think an apparent adult may be under 18. Only this leads
   * to the s.51 presumption wording and an age assessment; a blank status alone does not (reference 7).
   */
  ageUnsettled: boolean;
  /** No age status is recorded on the case. */
  statusMissing: boolean;
  /** Treated as a child, but every recorded date of birth puts them at 18 or over today. */
  datesSuggestEighteenOrOver: boolean;
}

/**
 * Decides whether the child pathway or the adult pathway applies. A person is on the adult pathway when their age has
 * been assessed as adult; when it is accepted as adult on verified documents (unless the worker records a reason to
 * think they may be under 18); or when no age status is recorded, every date of birth shows 18 or over and the worker
 * has recorded no reason to think they may be under 18. Everyone else is treated as a child (MSA 2015 s.51 in England
 * and Wales; benefit of the doubt as a statutory duty in Scotland; NRM form guidance) [C: S18, S20, S7].
 */
export function findAge(ctx: AgeFacts): AgeFinding {
  const { child, jurisdiction } = { child: ctx.caseRecord.child, jurisdiction: ctx.jurisdiction };
  const today = ctx.settings.today;
  const dates = [child.dateOfBirth.claimed, child.dateOfBirth.documented, child.dateOfBirth.assessed].filter(
    (value): value is ApproxDate => value !== null,
  );
  const youngest = dates.length ? Math.min(...dates.map((date) => youngestAgeOn(date, today))) : null;
  const oldest = dates.length ? Math.max(...dates.map((date) => oldestAgeOn(date, today))) : null;
  const allDatesEighteenOrOver = dates.length > 0 && dates.every((date) => approxDateRange(date).latest <= minusYears(today, 18));
  const someDateUnderEighteen = youngest !== null && youngest < 18;
  const mayBeUnder18 = readRole(ctx, 'may-be-under-18');
  const status = child.ageStatus;
  const looks = child.apparentAge ?? null;
  const looksWords = looks ? ` They look ${looks.youngest === looks.oldest ? `about ${looks.youngest}` : `${looks.youngest} to ${looks.oldest}`}; appearance alone never decides age.` : '';
  const looksBothSides = looks !== null && looks.youngest < 18 && looks.oldest >= 18;

  const presumption = presumptionWording(jurisdiction);
  let pathway: AgeFinding['pathway'] = 'child';
  let unsettled = false;
  let basis: string;
  let sources: string[];
  if (status === 'assessed-adult') {
    pathway = 'adult';
    basis = `${ageStatusLabels['assessed-adult']}. The adult pathway applies.`;
    sources = ['S34', 'S7'];
  } else if (status === 'accepted-adult-documents-verified' && mayBeUnder18 !== 'yes') {
    pathway = 'adult';
    basis = `${ageStatusLabels[status]}. The adult pathway applies.`;
    sources = ['S18', 'S7'];
  } else if (status === 'accepted-adult-documents-verified') {
    unsettled = true;
    basis = `Their age is accepted as adult on documents, but you recorded a reason to think they may be under 18. ${presumption.text}`;
    sources = presumption.sources;
  } else if (status === 'accepted-child' || status === 'assessed-child') {
    basis = `${ageStatusLabels[status]}.`;
    sources = ['S7', 'S41'];
  } else if (status === 'disputed-treated-as-child') {
    unsettled = true;
    basis = `Their age is disputed. ${presumption.text}`;
    sources = presumption.sources;
  } else if (allDatesEighteenOrOver && mayBeUnder18 !== 'yes' && mayBeUnder18 !== 'unknown' && !looksBothSides) {
    if (mayBeUnder18 === 'no') {
      pathway = 'adult';
      basis = 'No age status is recorded, every recorded date of birth puts them at 18 or over, and you recorded no reason to think they may be under 18.';
      sources = ['S7', 'S18'];
    } else {
      basis = 'No age status is recorded and every recorded date of birth puts them at 18 or over, but whether there is any reason to think they may be under 18 is not answered: until it is, they are treated as a child.';
      sources = ['S7', 'S18'];
    }
  } else if (allDatesEighteenOrOver || (someDateUnderEighteen && oldest !== null && oldest >= 18) || looksBothSides) {
    unsettled = true;
    basis = `No age status is recorded and their age is in doubt: ${
      allDatesEighteenOrOver ? 'the dates of birth put them at 18 or over, but you recorded a reason to think they may be under 18' : someDateUnderEighteen && oldest !== null && oldest >= 18 ? 'the recorded dates of birth fall on both sides of 18' : 'the age they look is on both sides of 18'
    }. ${presumption.text}`;
    sources = presumption.sources;
  } else if (someDateUnderEighteen) {
    basis = 'No age status is recorded; the recorded date of birth puts them under 18, so they are treated as a child.';
    sources = ['S7', 'S18'];
  } else {
    unsettled = mayBeUnder18 === 'yes';
    basis = unsettled
      ? `No age status or date of birth is recorded, and you recorded a reason to think they may be under 18. ${presumption.text}`
      : 'No age status or date of birth is recorded: until their age is known, they are treated as a child.';
    sources = unsettled ? presumption.sources : ['S7', 'S18'];
  }

  return {
    pathway,
    basis: `${basis}${looksWords}`,
    sources,
    youngestPossibleAge: youngest,
    oldestPossibleAge: oldest,
    nearEighteen: pathway === 'child' && ((oldest !== null && oldest >= 17) || (looks !== null && looks.oldest >= 17)),
    ageUnsettled: pathway === 'child' && unsettled,
    statusMissing: status === null,
    datesSuggestEighteenOrOver: pathway === 'child' && allDatesEighteenOrOver,
  };
}

export function presumptionWording(jurisdiction: Jurisdiction): { text: string; sources: string[] } {
  switch (jurisdiction) {
    case 'England':
    case 'Wales':
      return {
        text: 'Under the Modern Slavery Act 2015 s.51, someone who may be a victim and may be under 18 must be treated as a child until their age is decided.',
        sources: ['S18', 'S7', 'S11'],
      };
    case 'Scotland':
      return {
        text: 'In Scotland, giving the benefit of the doubt about age is a statutory duty for trafficking victims: treat them as a child until their age is decided.',
        sources: ['S20', 'S7'],
      };
    case 'Northern Ireland':
      return {
        text: 'The NRM guidance says that when age is not certain, the person is treated as a child while their age is assessed.',
        sources: ['S7', 'S34'],
      };
  }
}

function minusYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const year = String(Number(y) - years).padStart(4, '0');
  // 29 February minus whole years may not exist; 28 February is the safe (younger) side.
  const day = m === '02' && d === '29' ? '28' : d;
  return `${year}-${m}-${day}`;
}
