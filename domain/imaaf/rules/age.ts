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
  /** No settled age: disputed, or no age status recorded. */
  ageUnsettled: boolean;
  /** Treated as a child, but every recorded date of birth puts them at 18 or over today. */
  datesSuggestEighteenOrOver: boolean;
}

/**
 * Decides whether the child pathway or the adult pathway applies. A person is only put on the adult pathway when
 * their age has been assessed as adult, or when no age status is recorded, every date of birth shows 18 or over and
 * the worker has recorded no reason to think they may be under 18. Everyone else is treated as a child
 * (MSA 2015 s.51 in England and Wales; benefit of the doubt as a statutory duty in Scotland; NRM form guidance) [C: S18, S20, S7].
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
  const mayBeUnder18 = readRole(ctx, 'may-be-under-18');
  const status = child.ageStatus;

  const presumption = presumptionWording(jurisdiction);
  let pathway: AgeFinding['pathway'] = 'child';
  let basis: string;
  let sources: string[];
  if (status === 'assessed-adult') {
    pathway = 'adult';
    basis = `${ageStatusLabels['assessed-adult']}. The adult pathway applies.`;
    sources = ['S34', 'S7'];
  } else if (status === 'accepted-child' || status === 'assessed-child') {
    basis = `${ageStatusLabels[status]}.`;
    sources = ['S7', 'S41'];
  } else if (status === 'disputed-treated-as-child') {
    basis = `Their age is disputed. ${presumption.text}`;
    sources = presumption.sources;
  } else if (allDatesEighteenOrOver && mayBeUnder18 === 'no') {
    pathway = 'adult';
    basis = 'No age status is recorded, every recorded date of birth puts them at 18 or over, and you recorded no reason to think they may be under 18.';
    sources = ['S7', 'S18'];
  } else if (youngest !== null && youngest < 18) {
    basis = `No age status is recorded, and a recorded date of birth puts them under 18. ${presumption.text}`;
    sources = presumption.sources;
  } else {
    basis = `No age status is recorded and their age is not settled. ${presumption.text}`;
    sources = presumption.sources;
  }

  return {
    pathway,
    basis,
    sources,
    youngestPossibleAge: youngest,
    oldestPossibleAge: oldest,
    nearEighteen: pathway === 'child' && oldest !== null && oldest >= 17,
    ageUnsettled: status === 'disputed-treated-as-child' || status === null,
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
