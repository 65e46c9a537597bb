import fc from 'fast-check';
import { emptyStrategyMeeting } from '../../../domain/case/defaults';
import { languages, nrmLists, jurisdictions } from '../../../domain/reference-data';
import type { ApproxDate } from '../../../domain/case/approx-date';
import {
  ageStatuses,
  genders,
  immigrationStatuses,
  nameTypes,
  relationshipEvidenceKinds,
  relationships,
  transportModes,
  travelDocumentKinds,
  type CaseRecord,
  type ConnectedAdult,
} from '../../../domain/case/schemas';
import { indexFramework, type Answer, type AssessmentAnswers, type Framework, type FrameworkItem } from '../../../domain/imaaf';

const tri = fc.constantFrom('yes' as const, 'no' as const, 'unknown' as const);
const uuid = fc.uuid({ version: 4 });
const isoDay = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
export const isoDateTime = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const text = (maxLength: number) => fc.string({ maxLength });
const sometimesFrom = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: null });

export const approxDate: fc.Arbitrary<ApproxDate> = fc.oneof(
  fc.record({ kind: fc.constant('date' as const), date: isoDay, approximate: fc.boolean() }),
  fc.record({ kind: fc.constant('month' as const), year: fc.integer({ min: 1970, max: 2026 }), month: fc.integer({ min: 1, max: 12 }), approximate: fc.boolean() }),
  fc.record({ kind: fc.constant('year' as const), year: fc.integer({ min: 1970, max: 2026 }), approximate: fc.boolean() }),
  fc.record({ kind: fc.constant('age' as const), years: fc.integer({ min: 0, max: 40 }), onDate: isoDay, approximate: fc.boolean() }),
);

// Names must include at least one non-blank part.
const names = fc.array(
  fc.record({ given: fc.stringMatching(/^[A-Z][a-z]{1,8}$/), family: text(10), type: fc.constantFrom(...nameTypes) }),
  { minLength: 1, maxLength: 3 },
);
const contact = fc.record({ name: fc.oneof(fc.constant(''), text(20)), phone: text(12), email: text(20), address: text(30) });
// Lists weighted towards the values the rules care about, so the interesting branches come up often.
const country = fc.oneof(fc.constantFrom('United Kingdom', 'Unknown', 'Romania', 'Albania', 'Vietnam'), fc.constantFrom(...nrmLists.countries));
const nationality = fc.oneof(fc.constantFrom('British', 'Unknown', 'Romanian', 'Albanian', 'Vietnamese'), fc.constantFrom(...nrmLists.nationalities));

export const connectedAdult: fc.Arbitrary<ConnectedAdult> = fc.record({
  id: uuid,
  names,
  dateOfBirth: fc.option(approxDate, { nil: null }),
  gender: sometimesFrom(genders),
  nationality: fc.option(nationality, { nil: null }),
  relationshipClaimedByAdult: sometimesFrom(relationships),
  relationshipClaimedByChild: sometimesFrom(relationships),
  relationshipEvidence: fc.subarray([...relationshipEvidenceKinds]),
  relationshipNotes: text(20),
  parentalResponsibility: tri,
  livesWithChild: tri,
  privateFostering: tri,
  doNotInform: fc.boolean(),
  doNotShareWith: fc.boolean(),
  flagReason: text(20),
  contact: fc.record({ phone: text(12), address: text(20) }),
  notes: text(20),
});

const place = fc.record({ country: fc.option(country, { nil: null }), place: text(15) });

export const caseRecord: fc.Arbitrary<CaseRecord> = fc.record({
  id: uuid,
  reference: fc.stringMatching(/^[A-Z0-9][A-Z0-9/-]{0,12}$/),
  status: fc.constantFrom('open' as const, 'closed' as const),
  jurisdiction: fc.constantFrom(...jurisdictions),
  localAuthority: sometimesFrom(nrmLists.ukLocalAuthorities),
  leadWorker: text(20),
  child: fc.record({
    names,
    dateOfBirth: fc.record({
      claimed: fc.option(approxDate, { nil: null }),
      documented: fc.option(approxDate, { nil: null }),
      documentNote: text(20),
      assessed: fc.option(approxDate, { nil: null }),
    }),
    ageStatus: sometimesFrom(ageStatuses),
    apparentAge: fc.option(
      fc.tuple(fc.integer({ min: 10, max: 30 }), fc.integer({ min: 0, max: 6 })).map(([youngest, spread]) => ({ youngest, oldest: youngest + spread })),
      { nil: null },
    ),
    gender: sometimesFrom(genders),
    nationalities: fc.uniqueArray(nationality, { maxLength: 3 }),
    placeOfBirth: fc.record({ country: fc.option(country, { nil: null }), town: text(15) }),
    languages: fc.uniqueArray(fc.constantFrom(...languages), { maxLength: 3 }),
    englishSpoken: tri,
    interpreter: fc.record({
      needed: tri,
      language: sometimesFrom(languages),
      dialect: text(10),
      preferredGender: sometimesFrom(['female', 'male', 'no-preference'] as const),
    }),
    communicationNeeds: text(20),
    immigration: fc.record({ status: fc.constantFrom(...immigrationStatuses), asylumClaim: tri, homeOfficeReference: text(10), notes: text(20) }),
    placement: fc.record({ description: text(20), address: text(20), carer: text(20) }),
    school: contact,
    gp: contact,
  }),
  connectedAdults: fc.uniqueArray(connectedAdult, { maxLength: 5, selector: (adult) => adult.id }),
  journey: fc.record({
    legs: fc.array(
      fc.record({
        id: uuid,
        from: place,
        to: place,
        departed: fc.option(approxDate, { nil: null }),
        arrived: fc.option(approxDate, { nil: null }),
        transport: fc.constantFrom(...transportModes),
        travelledWithAdultIds: fc.array(uuid, { maxLength: 2 }),
        travelledWithOthers: text(20),
        documents: fc.constantFrom(...travelDocumentKinds),
        documentsHeldBy: text(20),
        notes: text(20),
      }),
      { maxLength: 4 },
    ),
    entry: fc.record({ port: text(15), date: fc.option(approxDate, { nil: null }), metBy: text(20), canNameMeeter: tri }),
  }),
  homeSituation: fc.record({
    household: text(20),
    carers: text(20),
    school: text(20),
    work: text(20),
    knownToChildProtection: tri,
    childProtectionDetails: text(20),
  }),
  agencies: fc.constant([]),
  nrm: fc.constant({ answers: {}, accepted: {} }),
  strategyMeeting: fc.constant(emptyStrategyMeeting()),
  isExample: fc.boolean(),
  openedAt: isoDateTime,
  updatedAt: isoDateTime,
  revision: fc.nat({ max: 1000 }),
  chronology: fc.constant([]),
});

function valueFor(item: FrameworkItem): fc.Arbitrary<Answer['value']> {
  const options = (item.options ?? []).map((option) => option.value);
  switch (item.answerType) {
    case 'tri':
      return fc.constantFrom('yes', 'no', 'unknown');
    case 'ysn':
      return fc.constantFrom('yes', 'suspected', 'no', 'no', 'not-assessed', 'unknown');
    case 'approx-date':
      return approxDate;
    case 'country':
      return country;
    case 'choice':
      return fc.constantFrom(...options);
    case 'multi-choice':
      return fc.subarray(options);
    case 'text':
      return text(30);
  }
}

export function answerFor(item: FrameworkItem): fc.Arbitrary<Answer> {
  const meta = {
    note: text(20),
    source: fc.option(fc.constantFrom(...item.allowedSources), { nil: null }),
    recordedAt: isoDateTime,
  };
  return fc.oneof(
    { weight: 1, arbitrary: fc.record({ value: fc.constant(null), unknown: fc.constant(true), ...meta }) },
    { weight: 4, arbitrary: fc.record({ value: valueFor(item), unknown: fc.constant(false), ...meta }) },
  );
}

/** Answers for a case: each item answered or left blank; adult items for some of the case's adults. */
export function answersFor(record: CaseRecord, framework: Framework, answeredWeight = 1): fc.Arbitrary<AssessmentAnswers> {
  const index = indexFramework(framework);
  const maybe = (item: FrameworkItem) =>
    fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: answeredWeight, arbitrary: answerFor(item) });
  const itemsArb = fc.tuple(...index.onceItems.map(maybe)).map((list) => {
    const items: Record<string, Answer> = {};
    list.forEach((entry, i) => {
      const item = index.onceItems[i];
      if (entry && item) items[item.id] = entry;
    });
    return items;
  });
  const adultArb = fc.tuple(...index.adultItems.map(maybe)).map((list) => {
    const block: Record<string, Answer> = {};
    list.forEach((entry, i) => {
      const item = index.adultItems[i];
      if (entry && item) block[item.id] = entry;
    });
    return block;
  });
  const adultsArb = fc.tuple(...record.connectedAdults.map(() => fc.option(adultArb, { nil: undefined }))).map((blocks) => {
    const byAdult: Record<string, Record<string, Answer>> = {};
    blocks.forEach((block, i) => {
      const adult = record.connectedAdults[i];
      if (block && adult) byAdult[adult.id] = block;
    });
    return byAdult;
  });
  return fc.record({
    frameworkId: fc.constant(framework.id),
    frameworkVersion: fc.constant(framework.version),
    items: itemsArb,
    connectedAdults: adultsArb,
  });
}

export const todayArb = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
