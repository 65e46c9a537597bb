import { approxDateSearchTerms } from '../../domain/case/approx-date';
import { emptyChild, emptyHomeSituation, emptyJourney, emptyStrategyMeeting } from '../../domain/case/defaults';
import { exampleCase } from '../../domain/case/example';
import { exampleActions, exampleAgreedAction, exampleAssessment } from '../../domain/case/example-assessment';
import type { ActionEntry } from '../../domain/plan/actions';
import { completeAssessment, defaultFramework, startAssessment } from '../../domain/imaaf';
import { caseRecordSchema, type CaseRecord, type CaseSummary, type ChronologyEntry } from '../../domain/case/schemas';
import { parseDateQuery, searchTokens } from '../../domain/case/search';
import type { OperationHandlers } from '../../domain/api';
import { AppError, toFieldIssues } from '../../domain/errors';
import type { CasePart } from '../store/cases-repository';
import type { ServiceDeps } from './context';
import { CaseSaveConflict } from '../store/postgres/errors';
import { requireCase as findCase } from './require-case';
import { recordClosure, retentionHandlers } from './retention';
import { appSettings } from './settings';

type Handlers = Pick<
  OperationHandlers,
  | 'cases.list'
  | 'cases.get'
  | 'cases.create'
  | 'cases.update'
  | 'cases.findMatches'
  | 'cases.loadExample'
  | 'cases.dueForReview'
  | 'cases.delete'
  | 'chronology.add'
>;

const MAX_QUERY_WORDS = 8;

export function caseHandlers(deps: ServiceDeps): Handlers {
  const { store } = deps;
  const nowIso = () => deps.now().toISOString();

  const requireCase = (id: string): Promise<CaseRecord> => findCase(store, id);

  async function nextReference(prefix: string): Promise<string> {
    const taken = await store.cases.referencesStartingWith(prefix);
    let highest = 0;
    for (const reference of taken) {
      const number = Number(reference.slice(prefix.length));
      if (Number.isInteger(number) && number > highest) highest = number;
    }
    return `${prefix}${String(highest + 1).padStart(4, '0')}`;
  }

  /**
   * The answer to a save that started from a revision since replaced: who saved it and when, where the store knows
   * (the team store does); the renderer keeps what the worker typed as a draft on this computer.
   */
  async function savedSince(id: string): Promise<AppError> {
    const last = await store.cases.lastSave(id);
    if (last?.by) return new CaseSaveConflict(last.by, last.at);
    return new AppError(
      'CONFLICT',
      'This case was saved from another window since you opened this page. What you typed is still here: copy anything ' +
        'you need, then reload the page to see the latest version.',
    );
  }

  /** A connected adult, journey leg or agency given twice, or one that belongs to another case, is refused by name. */
  async function partsOfOtherCases(record: CaseRecord) {
    const parts: [CasePart, string, string, { id: string }[]][] = [
      ['connectedAdults', 'connectedAdults', 'connected adult', record.connectedAdults],
      ['journeyLegs', 'journey.legs', 'journey leg', record.journey.legs],
      ['agencies', 'agencies', 'agency involvement', record.agencies],
    ];
    const issues: { path: string; message: string }[] = [];
    for (const [part, path, label, items] of parts) {
      const seen = new Set<string>();
      for (const [index, item] of items.entries()) {
        const twice = seen.has(item.id);
        seen.add(item.id);
        const owner = await store.cases.ownerOf(part, item.id);
        if (!twice && (owner === undefined || owner === record.id)) continue;
        issues.push({ path: `${path}.${index}.id`, message: `This ${label} is already recorded ${twice ? 'earlier on this case' : 'on another case'}. Add it to this case as a new ${label} instead.` });
      }
    }
    return issues;
  }

  /** Checks the whole record, including links between its parts, before anything is written. */
  async function checkRecord(record: CaseRecord): Promise<CaseRecord> {
    const parsed = caseRecordSchema.safeParse(record);
    if (!parsed.success) throw new AppError('VALIDATION', 'Some answers need changing before the case can be saved.', toFieldIssues(parsed.error));
    const adultIds = new Set(record.connectedAdults.map((adult) => adult.id));
    const issues = record.journey.legs.flatMap((leg, index) =>
      leg.travelledWithAdultIds
        .filter((id) => !adultIds.has(id))
        .map(() => ({
          path: `journey.legs.${index}.travelledWithAdultIds`,
          message: 'This leg names a connected adult who is no longer on the case. Choose again who the child travelled with.',
        })),
    );
    issues.push(...(await partsOfOtherCases(record)));
    if (await store.cases.isReferenceTaken(record.reference, record.id)) {
      issues.push({ path: 'reference', message: 'Another case already uses this reference. Enter a different one.' });
    }
    if (issues.length > 0) throw new AppError('VALIDATION', 'Some answers need changing before the case can be saved.', issues);
    return parsed.data;
  }

  function addEntry(caseId: string, entry: Omit<ChronologyEntry, 'id' | 'caseId' | 'sequence' | 'recordedAt' | 'recordedBy'>, worker: string) {
    return store.cases.addChronologyEntry({ ...entry, id: deps.newId(), caseId, recordedAt: nowIso(), recordedBy: worker });
  }

  /** The example's completed assessment, so a new worker can see an outcome and its plan before doing one. */
  async function loadExampleAssessment(record: CaseRecord, worker: string): Promise<void> {
    const [aunt, driver] = record.connectedAdults;
    if (!aunt || !driver) return;
    const now = nowIso();
    const draft = startAssessment({ id: deps.newId(), caseId: record.id, framework: defaultFramework, now });
    const { answers, professionalJudgement } = exampleAssessment(defaultFramework, { auntId: aunt.id, driverId: driver.id }, now);
    const { organisation, ictgOperatesHere } = appSettings(store.local);
    const completed = completeAssessment(
      { ...draft, answers, professionalJudgement },
      { caseRecord: record, framework: defaultFramework, settings: { organisation, ictgOperatesHere, today: now.slice(0, 10) }, completedBy: worker, now },
    );
    await store.assessments.insert(completed);
    // Its plan as a worker would keep it: one recommendation accepted with an owner, one done, one agreed at the discussion.
    const inDays = (days: number) => new Date(deps.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
    const title = (id: string) => completed.outcome?.recommendations.find((recommendation) => recommendation.id === id)?.title;
    const entry = (actionId: string, event: ActionEntry['event']) =>
      store.actions.append({ id: deps.newId(), actionId, caseId: record.id, at: now, worker, event });
    for (const { recommendationId, owner, due, done } of exampleActions(record, inDays)) {
      const recommended = title(recommendationId);
      if (!recommended) continue;
      const actionId = deps.newId();
      await entry(actionId, { change: 'accepted', assessmentId: completed.id, recommendationId, title: recommended, owner, due });
      if (done) await entry(actionId, { change: 'done', note: done });
    }
    const agreed = exampleAgreedAction(inDays);
    await entry(deps.newId(), { change: 'agreed', ...agreed });
  }

  return {
    'cases.list': ({ query, status = 'all', limit = 100 }) => {
      const text = (query ?? '').trim();
      if (text === '') return store.cases.list(status, limit);
      const dateTerm = parseDateQuery(text);
      const isYear = dateTerm !== null && /^\d{4}$/.test(dateTerm);
      const prefixes = dateTerm && !isYear ? [] : searchTokens(text).slice(0, MAX_QUERY_WORDS);
      const exact = dateTerm && !isYear ? [dateTerm] : [];
      return store.cases.search(prefixes, exact, status, limit);
    },

    'cases.get': ({ id }) => requireCase(id),

    'cases.findMatches': async ({ names, dateOfBirth }) => {
      // A possible match shares a whole name word, or a date of birth, with the child about to be recorded.
      const reasons = new Map<string, Set<string>>();
      const note = (caseId: string, reason: string) => {
        const set = reasons.get(caseId) ?? new Set<string>();
        set.add(reason);
        reasons.set(caseId, set);
      };
      const words = new Set(names.flatMap((name) => searchTokens(`${name.given} ${name.family}`)));
      for (const word of words) {
        if (word.length < 2) continue;
        for (const caseId of await store.cases.casesWithTerm(word)) note(caseId, `name “${word}”`);
      }
      if (dateOfBirth) {
        const term = approxDateSearchTerms(dateOfBirth)[0];
        if (term && term.length > 4) for (const caseId of await store.cases.casesWithTerm(term)) note(caseId, 'date of birth');
      }
      const matches: (CaseSummary & { reasons: string[] })[] = [];
      for (const [caseId, set] of reasons) {
        const nameHits = [...set].filter((reason) => reason.startsWith('name')).length;
        const strong = nameHits >= 2 || (nameHits >= 1 && set.has('date of birth')) || (words.size === 1 && nameHits === 1);
        if (!strong) continue;
        const summary = await store.cases.summary(caseId);
        if (summary) matches.push({ ...summary, reasons: [...set].map((reason) => `Same ${reason}`) });
      }
      matches.sort((a, b) => b.reasons.length - a.reasons.length);
      return { matches: matches.slice(0, 20) };
    },

    'cases.create': (input) =>
      store.transaction(async () => {
        const now = nowIso();
        const record: CaseRecord = {
          id: deps.newId(),
          reference: input.reference ?? (await nextReference(`CR-${deps.now().getUTCFullYear()}-`)),
          status: 'open',
          jurisdiction: input.jurisdiction,
          localAuthority: input.localAuthority,
          leadWorker: input.leadWorker,
          isExample: false,
          openedAt: now,
          updatedAt: now,
          revision: 1,
          child: { ...emptyChild(), ...input.child, dateOfBirth: input.child.dateOfBirth ?? emptyChild().dateOfBirth },
          connectedAdults: [],
          journey: emptyJourney(),
          homeSituation: emptyHomeSituation(),
          agencies: [],
          nrm: { answers: {}, accepted: {} },
          strategyMeeting: emptyStrategyMeeting(),
          chronology: [],
        };
        await store.cases.insert(await checkRecord(record));
        return requireCase(record.id);
      }),

    'cases.update': ({ id, revision, changes }) =>
      store.transaction(async () => {
        const current = await requireCase(id);
        if (current.revision !== revision) throw await savedSince(id);
        // A section named with no value is not a change: it must never blank what is saved.
        const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as typeof changes;
        const next = await checkRecord({ ...current, ...given, revision: current.revision + 1, updatedAt: nowIso() });
        await store.cases.update(next, new Set(Object.keys(given)));
        await recordClosure(deps, current, next);
        return requireCase(id);
      }),

    'cases.loadExample': (_input, context) =>
      store.transaction(async () => {
        const { sections, chronology } = exampleCase(deps.newId, await nextReference('EXAMPLE-'));
        const now = nowIso();
        const record: CaseRecord = {
          ...sections,
          id: deps.newId(),
          isExample: true,
          openedAt: now,
          updatedAt: now,
          revision: 1,
          chronology: [],
        };
        await store.cases.insert(await checkRecord(record));
        const added: ChronologyEntry[] = [];
        for (const { correctsIndex, ...entry } of chronology) {
          const correctsId = correctsIndex === undefined ? null : (added[correctsIndex]?.id ?? null);
          added.push(await addEntry(record.id, { ...entry, correctsId }, context.worker));
        }
        await loadExampleAssessment(await requireCase(record.id), context.worker);
        return requireCase(record.id);
      }),

    'chronology.add': ({ caseId, entry, correctsId }, context) =>
      store.transaction(async () => {
        await requireCase(caseId);
        if (correctsId) {
          const corrected = await store.cases.chronologyEntry(correctsId);
          if (!corrected || corrected.caseId !== caseId) {
            throw new AppError('VALIDATION', 'The entry being corrected is not in this case’s chronology.', [
              { path: 'correctsId', message: 'Choose an entry from this case’s chronology to correct' },
            ]);
          }
        }
        return addEntry(caseId, { ...entry, correctsId: correctsId ?? null }, context.worker);
      }),

    // Reviewing closed cases for deletion under the organisation's retention rule (./retention.ts).
    ...retentionHandlers(deps),
  };
}
