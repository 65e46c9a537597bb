import type { OperationHandlers } from '../../domain/api';
import { auditActionLabels, type AuditEvent } from '../../domain/audit';
import { AppError } from '../../domain/errors';
import { osAccount } from './audit';
import type { ServiceDeps } from './context';
import { freeReference } from './references';

type Handlers = Pick<OperationHandlers, 'records.localCases' | 'records.importLocal'>;

/** The most lines of a case's own audit trail carried into the entry that records its move. */
const TRAIL_LINES = 1_000;

/** One line per entry of the trail the case had on this computer: when, who, what (never content). */
function trailLines(trail: AuditEvent[]): string[] {
  const lines = trail.slice(-TRAIL_LINES).map((event) => {
    const details = event.details.length > 0 ? ` (${event.details.join('; ')})` : '';
    return `${event.at} ${event.worker}: ${auditActionLabels[event.action]}${event.outcome === 'failure' ? ', refused' : ''}${details}`.slice(0, 300);
  });
  const left = trail.length - lines.length;
  return left > 0 ? [`${left} earlier entries are in this computer’s audit log only`, ...lines] : lines;
}

/**
 * Moving the cases on a worker's own computer into the team records (issue 13, item 7): each case with its
 * chronology, assessments, actions, referrals, document register, closure dates and its audit trail, carried as one
 * keyed entry of the team's log. Each case is its own transaction in the team store, then leaves this computer's file
 * (with an entry in its audit log saying where it went); what was typed on its pages stays, for the same case.
 */
export function teamImportHandlers(deps: ServiceDeps): Handlers {
  const { store } = deps;

  return {
    'records.localCases': async () => {
      if (store.location.kind !== 'team') return { cases: [] };
      const { cases } = store.local.cases.list('all', 10_000);
      const listed = [];
      for (const summary of cases) {
        listed.push({ id: summary.id, reference: summary.reference, childName: summary.childName, inTeamRecords: (await store.cases.revisionOf(summary.id)) !== undefined });
      }
      return { cases: listed };
    },

    'records.importLocal': async (_input, context) => {
      if (store.location.kind !== 'team') {
        throw new AppError('UNSUPPORTED', 'There are no team records set up on this computer to move cases into. Your cases stay here.');
      }
      const local = store.local;
      const moved: { reference: string; previousReference: string | null }[] = [];
      const notMoved: { reference: string; reason: string }[] = [];
      for (const summary of local.cases.list('all', 10_000).cases) {
        const record = local.cases.get(summary.id);
        if (!record) continue;
        if ((await store.cases.revisionOf(record.id)) !== undefined) {
          notMoved.push({ reference: record.reference, reason: 'It is already in the team records, so this computer’s copy was left as it is.' });
          continue;
        }
        let reference = record.reference;
        let previousReference: string | null = null;
        try {
          await store.transaction(async () => {
            if (await store.cases.isReferenceTaken(record.reference, record.id)) {
              previousReference = record.reference;
              reference = await freeReference(store, record.reference);
            }
            await store.cases.insert({ ...record, reference, chronology: [] });
            for (const entry of record.chronology) await store.cases.addChronologyEntry(entry);
            if (previousReference) {
              await store.cases.addChronologyEntry({
                id: deps.newId(),
                caseId: record.id,
                eventDate: null,
                kind: 'other',
                summary: `Moved into the team records from ${context.worker}’s computer. Its reference there was ${previousReference}; it is ${reference} here, because another case in the team records already uses ${previousReference}.`,
                source: 'Crossings team records',
                recordedAt: deps.now().toISOString(),
                recordedBy: context.worker,
                correctsId: null,
              });
            }
            for (const assessment of local.assessments.listForCase(record.id).reverse()) await store.assessments.insert(assessment);
            for (const entry of local.actions.entriesForCase(record.id)) await store.actions.append(entry);
            for (const referral of local.referrals.forCase(record.id)) await store.referrals.insert(referral);
            for (const document of local.documents.listForCase(record.id).reverse()) await store.documents.add(document);
            const closure = local.retention.closureOf(record.id);
            if (closure?.closedAt) await store.retention.setClosure(record.id, closure.closedAt, closure.reviewDue);
            const trail = local.audit.forCase(record.id).reverse();
            await store.audit.append({
              id: deps.newId(),
              at: deps.now().toISOString(),
              osAccount: osAccount(),
              worker: context.worker,
              operation: 'records.importLocal',
              action: 'case.brought-in',
              outcome: 'success',
              caseId: record.id,
              caseReference: reference,
              details: [`Its audit trail on that computer, ${trail.length} ${trail.length === 1 ? 'entry' : 'entries'}:`, ...trailLines(trail)],
            });
          });
        } catch (error) {
          notMoved.push({ reference: record.reference, reason: error instanceof AppError ? error.message : 'It could not be moved. It is still on this computer.' });
          continue;
        }
        // In the team records now: off this computer, keeping what was typed on its pages for the same case.
        await store.onLocal((file) =>
          file.transaction(() => {
            const drafts = file.drafts.listForCase(record.id);
            file.retention.deleteCase(record.id);
            for (const draft of drafts) file.drafts.save(draft.key, draft.value, draft.savedAt);
            file.audit.append({
              id: deps.newId(),
              at: deps.now().toISOString(),
              osAccount: osAccount(),
              worker: context.worker,
              operation: 'records.importLocal',
              action: 'case.moved-to-team',
              outcome: 'success',
              caseId: record.id,
              caseReference: record.reference,
              details: [`Into the team records of ${store.location.kind === 'team' ? store.location.organisation : ''}, as ${reference}`],
            });
          }),
        );
        moved.push({ reference, previousReference });
      }
      return { moved, notMoved };
    },
  };
}
