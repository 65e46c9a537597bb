import { emptyAgency, emptyChild, emptyConnectedAdult } from '../../../domain/case/defaults';
import type { ApproxDate } from '../../../domain/case/approx-date';
import type { AgencyInvolvement, ChronologyEntry, ConnectedAdult, JourneyLeg } from '../../../domain/case/schemas';
import type { CaseForRelationshipMap } from '../../../domain/pictures/relationship-map';

/** Test records built here so the picture tests do not depend on other folders' defaults. */

let counter = 0;
export function uuid(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

export const month = (year: number, m: number, approximate = false): ApproxDate => ({
  kind: 'month',
  year,
  month: m,
  approximate,
});
export const day = (date: string, approximate = false): ApproxDate => ({ kind: 'date', date, approximate });
export const year = (y: number, approximate = false): ApproxDate => ({ kind: 'year', year: y, approximate });

export function leg(from: string | null, to: string | null, extra: Partial<JourneyLeg> = {}): JourneyLeg {
  return {
    id: uuid(),
    from: { country: from, place: '' },
    to: { country: to, place: '' },
    departed: null,
    arrived: null,
    transport: 'lorry-or-van',
    travelledWithAdultIds: [],
    travelledWithOthers: '',
    documents: 'unknown',
    documentsHeldBy: '',
    notes: '',
    ...extra,
  };
}

export function adult(given: string, family: string, extra: Partial<ConnectedAdult> = {}): ConnectedAdult {
  return { ...emptyConnectedAdult(uuid()), names: [{ given, family, type: 'main' }], ...extra };
}

export function agency(name: string, role = ''): AgencyInvolvement {
  return { ...emptyAgency(uuid()), name, role };
}

export function caseWith(adults: ConnectedAdult[], agencies: AgencyInvolvement[] = []): CaseForRelationshipMap {
  return {
    child: { ...emptyChild(), names: [{ given: 'Linh', family: 'Tran', type: 'main' }] },
    connectedAdults: adults,
    agencies,
  };
}

const caseId = uuid();
let sequence = 0;
export function entry(
  kind: ChronologyEntry['kind'],
  eventDate: ApproxDate | null,
  summary: string,
  correctsId: string | null = null,
): ChronologyEntry {
  sequence += 1;
  return {
    id: uuid(),
    caseId,
    sequence,
    recordedAt: '2025-01-01T10:00:00.000Z',
    recordedBy: 'Worker',
    eventDate,
    kind,
    summary,
    source: 'Child',
    correctsId,
  };
}

/** Journeys for the journey-map tests, built on demand so importing this file does not use up ids. */
export function journeyFixtures(): Record<string, { legs: JourneyLeg[] }> {
  return {
    'three legs through China': {
      legs: [
        leg('Vietnam', 'China', { departed: month(2019, 3, true), arrived: month(2019, 4), transport: 'lorry-or-van' }),
        leg('China', 'France', { departed: year(2019, true), transport: 'air' }),
        leg('France', 'United Kingdom', { arrived: month(2019, 10), transport: 'small-boat' }),
      ],
    },
    'across the Channel, as in the example case': {
      legs: [
        leg('Vietnam', 'Russia', { departed: month(2025, 9, true), transport: 'air' }),
        leg('Russia', 'France', { departed: year(2025, true), arrived: month(2026, 2, true), transport: 'lorry-or-van' }),
        leg('France', 'United Kingdom', {
          departed: day('2026-03-02', true),
          arrived: day('2026-03-03'),
          transport: 'lorry-or-van',
        }),
      ],
    },
    'close countries': {
      legs: [
        leg('France', 'Belgium', { departed: day('2024-05-01', true), arrived: day('2024-05-03'), transport: 'car' }),
        leg('Belgium', 'Netherlands', {
          departed: month(2024, 6, true),
          arrived: month(2024, 9, true),
          transport: 'lorry-or-van',
        }),
        leg('Netherlands', 'United Kingdom', {
          departed: day('2024-09-14', true),
          arrived: day('2024-09-15', true),
          transport: 'sea-or-ferry',
        }),
      ],
    },
    'back and forth between close countries': {
      legs: [
        leg('France', 'Belgium', { departed: day('2024-05-01', true), arrived: day('2024-05-03'), transport: 'car' }),
        leg('Belgium', 'Netherlands', { departed: month(2024, 6, true), arrived: month(2024, 7), transport: 'unknown' }),
        leg('Netherlands', 'Belgium', { departed: month(2024, 8, true), arrived: month(2024, 9), transport: 'train' }),
        leg('Belgium', 'France', { departed: day('2024-10-01'), arrived: day('2024-10-02', true), transport: 'car' }),
        leg('France', 'United Kingdom', { departed: day('2024-11-20', true), transport: 'small-boat' }),
      ],
    },
    'countries not known': {
      legs: [
        leg('Albania', 'Unknown', { transport: 'car' }),
        leg(null, 'Belgium', { transport: 'lorry-or-van' }),
        leg('Belgium', 'France', { transport: 'unknown' }),
        leg('France', 'United Kingdom', { transport: 'small-boat' }),
      ],
    },
    'a country drawn as a point': {
      legs: [leg('Libya', 'Malta', { transport: 'small-boat' }), leg('Malta', 'Italy', { transport: 'sea-or-ferry' })],
    },
  };
}
