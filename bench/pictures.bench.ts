// npx tsx bench/pictures.bench.ts — laying out and drawing the case pictures. Prints figures; asserts nothing.
// Journey maps with 10 legs (target under 50 ms each), relationship map with 12 adults and 6 agencies, timeline with 500 entries,
// and the journey map drawn into a PDF page with pdf-lib.
import { PDFDocument } from 'pdf-lib';
import type { ApproxDate } from '../domain/case/approx-date';
import { emptyAgency, emptyChild, emptyConnectedAdult, emptyJourneyLeg } from '../domain/case/defaults';
import { chronologyKinds, type ChronologyEntry, type JourneyLeg } from '../domain/case/schemas';
import { layoutJourneyMap, layoutRelationshipMap, layoutTimeline, loadWorldAtlas } from '../domain/pictures';
import { drawPicture, pictureTexts } from '../core/pdf/draw-picture';
import { DocumentFonts } from '../core/pdf/fonts';
import { measure } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const route = ['Vietnam', 'China', 'Russia', 'Belarus', 'Poland', 'Germany', 'Netherlands', 'Belgium', 'France', 'Ireland', 'United Kingdom'];
const legs: JourneyLeg[] = route.slice(0, -1).map((from, index) => ({
  ...emptyJourneyLeg(id(index + 1)),
  from: { country: from, place: `Town ${index + 1}` },
  to: { country: route[index + 1]!, place: `Town ${index + 2}` },
  departed: { kind: 'month', year: 2024 + Math.floor(index / 6), month: (index * 2) % 12 + 1, approximate: index % 2 === 0 },
  arrived: null,
  transport: index % 3 === 0 ? 'unknown' : 'lorry-or-van',
}));
// The journey the unit tests used to time (moved here: speed is never asserted in a unit test), with an unknown stop.
const eritreaRoute = ['Eritrea', 'Ethiopia', 'Sudan', 'Libya', 'Italy', 'Switzerland', 'Germany', 'Belgium', 'France', 'Unknown', 'United Kingdom'];
const eritreaJourney = {
  legs: eritreaRoute.slice(0, -1).map((from, index) => ({
    ...emptyJourneyLeg(id(50 + index)),
    from: { country: from, place: '' },
    to: { country: eritreaRoute[index + 1]!, place: '' },
    departed: { kind: 'month', year: 2022, month: (index % 12) + 1, approximate: true } as ApproxDate,
    arrived: null,
    transport: index % 3 === 0 ? ('unknown' as const) : ('lorry-or-van' as const),
  })),
};
const journey = { legs, entry: { port: 'Dover', date: { kind: 'date', date: '2025-11-03', approximate: false } as ApproxDate } };

const relationships = {
  child: { ...emptyChild(), names: [{ given: 'Thị Mai', family: 'Trần', type: 'main' as const }] },
  connectedAdults: Array.from({ length: 12 }, (_, index) => ({
    ...emptyConnectedAdult(id(100 + index)),
    names: [{ given: `Adult ${index + 1}`, family: 'Example', type: 'main' as const }],
    relationshipClaimedByAdult: 'aunt-or-uncle' as const,
    doNotShareWith: index % 4 === 0,
  })),
  agencies: Array.from({ length: 6 }, (_, index) => ({ ...emptyAgency(id(200 + index)), name: `Agency ${index + 1}`, role: 'Support' })),
};

const chronology: ChronologyEntry[] = Array.from({ length: 500 }, (_, index) => {
  const eventDate: ApproxDate | null =
    index % 25 === 0
      ? null
      : index % 3 === 0
        ? { kind: 'month', year: 2015 + (index % 11), month: (index % 12) + 1, approximate: true }
        : { kind: 'date', date: `${2015 + (index % 11)}-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`, approximate: false };
  return {
    id: id(1000 + index),
    caseId: id(999),
    sequence: index + 1,
    recordedAt: '2026-01-01T10:00:00.000Z',
    recordedBy: 'Worker',
    eventDate,
    kind: chronologyKinds[index % chronologyKinds.length]!,
    summary: `Event ${index + 1}: something that happened, as the child described it on a visit`,
    source: 'The child',
    correctsId: index > 10 && index % 40 === 0 ? id(1000 + index - 7) : null,
  };
});

async function main() {
  console.log(`Pictures benchmark (${RUNS} runs each after a warm-up)`);
  let started = performance.now();
  loadWorldAtlas();
  console.log(`${'World atlas decoded once per process'.padEnd(44)} ${(performance.now() - started).toFixed(2).padStart(8)} ms`);

  const size = { width: 960, height: 540 };
  layoutJourneyMap(journey, size);
  await measure('Journey map layout, 10 legs', RUNS, () => layoutJourneyMap(journey, size));
  layoutJourneyMap(eritreaJourney, { width: 800, height: 500 });
  await measure('Journey map layout, 10 legs, one stop unknown', RUNS, () => layoutJourneyMap(eritreaJourney, { width: 800, height: 500 }), 'under 50 ms');
  layoutRelationshipMap(relationships, { width: 760, height: 560 });
  await measure('Relationship map layout, 12 adults, 6 agencies', RUNS, () => layoutRelationshipMap(relationships, { width: 760, height: 560 }));
  layoutTimeline(chronology, { width: 960 });
  await measure('Timeline layout, 500 entries', RUNS, () => layoutTimeline(chronology, { width: 960 }));
  await measure('Timeline layout, 500 entries, 2 kinds shown', RUNS, () => layoutTimeline(chronology, { width: 960, filterKinds: ['journey', 'meeting'] }));

  const map = layoutJourneyMap(journey, size);
  const doc = await PDFDocument.create();
  started = performance.now();
  const fonts = await DocumentFonts.forDocument(doc, pictureTexts(map));
  console.log(`${'Fonts embedded for the PDF (once)'.padEnd(44)} ${(performance.now() - started).toFixed(2).padStart(8)} ms`);
  const options = { x: 36, y: 36, width: 770, height: 523, font: fonts.pdfFont('dejavu-sans'), boldFont: fonts.pdfFont('dejavu-sans-bold') };
  drawPicture(doc.addPage([842, 595]), map, options);
  await measure('Journey map drawn into a PDF page', RUNS, () => drawPicture(doc.addPage([842, 595]), map, options));
  await measure('Journey map: layout, draw and save a PDF', Math.max(5, Math.floor(RUNS / 5)), async () => {
    const single = await PDFDocument.create();
    const singleFonts = await DocumentFonts.forDocument(single, pictureTexts(map));
    const picture = layoutJourneyMap(journey, size);
    drawPicture(single.addPage([842, 595]), picture, { ...options, font: singleFonts.pdfFont('dejavu-sans'), boldFont: singleFonts.pdfFont('dejavu-sans-bold') });
    return single.save();
  });
  const timeline = layoutTimeline(chronology, { width: 960 });
  console.log(`Timeline of 500 entries: ${timeline.shapes.length} shapes, ${timeline.width} × ${timeline.height} units`);
  console.log(`Journey map: ${map.shapes.length} shapes`);
}

void main();
