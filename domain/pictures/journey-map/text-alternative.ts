import { formatApproxDate } from '../../case/approx-date';
import type { CountryPlacement } from '../nrm-countries-atlas';
import type { Picture } from '../drawing';
import {
  capitalise,
  formatLegDates,
  legTransport,
  legUnknowns,
  placeText,
  roleWords,
  type CountryRole,
  type JourneyForMap,
  type KnownPlacement,
} from './route';

export function journeyTextAlternative(
  journey: JourneyForMap,
  placements: Array<{ from: CountryPlacement; to: CountryPlacement }>,
  involved: Map<string, { placement: KnownPlacement; roles: Set<Exclude<CountryRole, 'other'>> }>,
  primaryRole: (roles: Set<Exclude<CountryRole, 'other'>>) => Exclude<CountryRole, 'other'>,
): Picture['textAlternative'] {
  const legs = journey.legs;
  const rows = legs.map((leg, index) => {
    const placement = placements[index]!;
    return [
      String(index + 1),
      placeText(leg.from, placement.from),
      placeText(leg.to, placement.to),
      capitalise(formatLegDates(leg.departed, leg.arrived)),
      legTransport(leg),
      legUnknowns(leg, placement).join('. ') || 'Nothing',
    ];
  });
  const first = placements[0]?.from;
  const last = placements[placements.length - 1]?.to;
  const through = [...involved.values()]
    .filter(({ placement, roles }) => roles.has('transit') && placement !== first && placement !== last)
    .map(({ placement }) => placement.nrmName)
    .filter((name) => name !== (first?.nrmName ?? '') && name !== (last?.nrmName ?? ''));
  let summary: string;
  if (legs.length === 0) summary = 'No journey has been recorded.';
  else {
    const start = first && first.kind !== 'unknown' ? first.nrmName : 'a country that is not known';
    const end = last && last.kind !== 'unknown' ? last.nrmName : 'a country that is not known';
    summary = `The journey has ${legs.length} ${legs.length === 1 ? 'leg' : 'legs'}, from ${start} to ${end}`;
    summary += through.length > 0 ? `, through ${listWords(through)}.` : '.';
  }
  const notes: string[] = [];
  for (const { placement } of involved.values()) {
    if (placement.kind === 'point')
      notes.push(`${placement.nrmName} is too small to show as a shape on this map, so it is marked with a circle.`);
  }
  if (journey.entry && (journey.entry.port.trim() || journey.entry.date)) {
    const port = journey.entry.port.trim() || 'port not known';
    notes.push(`Arrived in the UK: ${port}, ${formatApproxDate(journey.entry.date)}.`);
  }
  return {
    summary,
    tables: [
      {
        caption: 'Legs of the journey, in order',
        columns: ['Leg', 'From', 'To', 'When', 'How they travelled', 'Not known'],
        rows,
      },
      {
        caption: 'Countries on the journey',
        columns: ['Country', 'Part of the journey'],
        rows: [...involved.values()].map(({ placement, roles }) => [
          placement.nrmName,
          [primaryRole(roles), ...[...roles].filter((role) => role !== primaryRole(roles))]
            .map((role) => roleWords[role])
            .join('; '),
        ]),
      },
    ],
    notes,
  };
}

function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
