import { formatApproxDate, type ApproxDate } from '../../case/approx-date';
import { transportLabels, type Journey, type JourneyLeg } from '../../case/schemas';
import type { CountryPlacement } from '../nrm-countries-atlas';

export type CountryRole = 'origin' | 'transit' | 'destination' | 'other';

/** The parts of a leg the map draws. Who travelled with the child is left out on purpose: the map may be shared. */
export type MapLeg = Pick<JourneyLeg, 'from' | 'to' | 'departed' | 'arrived' | 'transport'>;

export interface JourneyForMap {
  legs: readonly MapLeg[];
  entry?: Pick<Journey['entry'], 'port' | 'date'>;
}


export type KnownPlacement = Exclude<CountryPlacement, { kind: 'unknown' }>;

export const roleWords: Record<Exclude<CountryRole, 'other'>, string> = {
  origin: 'Where the journey started',
  transit: 'Passed through',
  destination: 'Where the journey ended',
};

export function legUnknowns(leg: MapLeg, placement: { from: CountryPlacement; to: CountryPlacement }): string[] {
  const notKnown: string[] = [];
  if (placement.from.kind === 'unknown') notKnown.push('Country they left from is not known');
  if (placement.to.kind === 'unknown') notKnown.push('Country they went to is not known');
  if (leg.transport === 'unknown') notKnown.push('How they travelled is not known');
  return notKnown;
}

/** "about March 2019 to June 2019", "Left about 2018", "Dates not known". */
export function formatLegDates(departed: ApproxDate | null, arrived: ApproxDate | null): string {
  if (departed && arrived) {
    const left = formatApproxDate(departed);
    const got = formatApproxDate(arrived);
    return left === got ? left : `${left} to ${got}`;
  }
  if (departed) return `Left ${formatApproxDate(departed)}`;
  if (arrived) return `Arrived ${formatApproxDate(arrived)}`;
  return 'Dates not known';
}

export function legTransport(leg: MapLeg): string {
  return leg.transport === 'unknown' ? 'Way they travelled not known' : transportLabels[leg.transport];
}

export function placeText(place: MapLeg['from'], placement: CountryPlacement): string {
  const town = place.place.trim();
  if (placement.kind === 'unknown') return town ? `${town} (country not known)` : 'Country not known';
  return town ? `${town}, ${placement.nrmName}` : placement.nrmName;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
