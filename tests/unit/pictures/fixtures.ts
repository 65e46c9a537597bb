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
