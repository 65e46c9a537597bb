import { createHash } from 'node:crypto';
import os from 'node:os';
import type { AuditHook, CallContext, OperationHandlers, OperationName } from '../../domain/api';
import { auditWords, type AuditAction } from '../../domain/audit';
import { AppError } from '../../domain/errors';
import { dueDateText } from '../../domain/plan/actions';
import type { RecordsStore } from '../store/records';
import type { ServiceDeps } from './context';

type Handlers = Pick<OperationHandlers, 'audit.forCase' | 'audit.verify'>;

/** What the audit log keeps about one kind of call: never the content, only which case and which parts. */
interface AuditRule {
  action: AuditAction | ((input: Input, output: Output, store: RecordsStore) => AuditAction | Promise<AuditAction>);
  /** The case the call was about. */
  caseId?: (input: Input, output: Output, store: RecordsStore) => string | null | undefined | Promise<string | null | undefined>;
  details?: (input: Input, output: Output) => string[];
  /** Also record attempts that failed (after the input was valid): unlocking, restoring, deleting, importing. */
  failures?: boolean;
  /** Record only attempts that failed (a successful unlock is not news; a failed one is). */
  failuresOnly?: boolean;
}
// The rules read inputs and outputs the contract has already checked; each reads only the fields it names.
type Input = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Output = Record<string, any> | undefined; // eslint-disable-line @typescript-eslint/no-explicit-any

const assessmentCase = async (input: Input, output: Output, store: RecordsStore) =>
  (output?.caseId as string | undefined) ?? (await store.assessments.get(input.id as string))?.caseId ?? null;

const pdfCase = (input: Input, _output: Output, store: RecordsStore) =>
  store.audit.caseOfDocument(createHash('sha256').update(Buffer.from(input.pdfBase64 as string, 'base64')).digest('hex'));

const workerNamed = (name: unknown): string[] => (typeof name === 'string' && name.trim() !== '' ? [`Worker's name from now on: ${name.trim()}`] : []);

/**
 * Every operation is either here or in `notAudited` (a test checks), so a new operation is a decision, not an
 * oversight. Names not yet in the contract (backups, unlocking) are ready for when they arrive.
 */
export const auditRules: Record<string, AuditRule> = {
  'cases.get': { action: 'case.opened', caseId: (input) => input.id },
  'cases.create': { action: 'case.created', caseId: (_input, output) => output?.id, details: () => ['Case details', 'The child'] },
  'cases.loadExample': { action: 'case.example-loaded', caseId: (_input, output) => output?.id },
  'cases.update': {
    action: async (input, output, store) => {
      if (input.changes?.status !== 'closed' || output?.status !== 'closed') return 'case.edited';
      return (await store.retention.closureOf(output.id as string))?.closedAt === output.updatedAt ? 'case.closed' : 'case.edited';
    },
    caseId: (input) => input.id,
    details: (input) => Object.keys(input.changes ?? {}).map(auditWords.caseSection),
  },
  'cases.delete': { action: 'case.deleted', caseId: (input) => input.id, details: (_input, output) => (output ? [`Reference ${output.reference as string}`] : []), failures: true },
  'chronology.add': {
    action: 'chronology.added',
    caseId: (input) => input.caseId,
    details: (input, output) => [
      `Chronology entry ${output?.sequence ?? ''} (${auditWords.chronologyKind(input.entry?.kind)})`.replace('  ', ' '),
      ...(input.correctsId ? ['Corrects an earlier entry'] : []),
    ],
  },
  'referrals.record': {
    action: 'referral.recorded',
    caseId: (input) => input.caseId,
    details: (input, output) => [
      auditWords.referral(input.change?.kind ?? output?.referral?.kind),
      auditWords.referralStep(input.change?.step),
      ...(output?.chronologyEntry ? [`Chronology entry ${output.chronologyEntry.sequence as number}`] : []),
    ],
  },
  'assessments.get': { action: 'assessment.opened', caseId: assessmentCase, details: (_input, output) => [auditWords.assessment(output?.startedAt)] },
  'assessments.start': { action: 'assessment.started', caseId: (input) => input.caseId, details: (_input, output) => (output ? [auditWords.assessment(output.startedAt)] : []) },
  'assessments.answer': {
    action: 'assessment.answered',
    caseId: assessmentCase,
    details: (input) => [auditWords.question(input.itemId, Boolean(input.connectedAdultId)), input.answer === null ? 'Answer cleared' : 'Answer saved'],
  },
  'assessments.saveJudgement': { action: 'assessment.judgement-saved', caseId: assessmentCase, details: () => ['Professional judgement'] },
  'assessments.complete': { action: 'assessment.completed', caseId: assessmentCase, details: (_input, output) => [auditWords.assessment(output?.startedAt)] },
  'actions.record': {
    action: (input) => actionAuditActions[input.change?.change as string] ?? 'plan.action-reassigned',
    caseId: (input) => input.caseId,
    details: (input) => actionDetails(input),
    failures: true,
  },
  'documents.generate': {
    action: 'document.generated',
    caseId: (input) => input.caseId,
    details: (input, output) => [
      (output?.entry?.title as string | undefined) ?? auditWords.document(input.type),
      `For: ${auditWords.audience(input.audience)}${input.agencyName ? ` (${input.agencyName as string})` : ''}`,
      ...(output?.entry?.sha256 ? [`SHA-256 ${output.entry.sha256 as string}`] : []),
      ...sharingDetails(input, output),
    ],
  },
  'documents.saveAs': { action: 'document.saved', caseId: pdfCase, details: (input) => [input.fileName as string] },
  'documents.print': { action: 'document.printed', caseId: pdfCase, details: (input) => [input.fileName as string], failures: true },
  'handover.export': { action: 'case.handed-over', caseId: (input) => input.caseId, details: (_input, output) => (output ? [output.fileName as string] : []), failures: true },
  'handover.import': { action: 'case.imported', caseId: (_input, output) => output?.caseId, failures: true },
  // The worker's name is who every later entry names, so a change of it is written out, never only "settings changed".
  'settings.save': {
    action: 'settings.changed',
    // The name saved, which in team mode is the one IT recorded whatever was typed.
    details: (input, output) => [...Object.keys(input).map(auditWords.settingsSection), ...workerNamed(output?.referrer?.name ?? input.referrer?.name)],
  },
  'settings.saveWorker': { action: 'settings.changed', details: (input, output) => ['Your details (name, role, team)', ...workerNamed(output?.referrer?.name ?? input.name)] },
  'audit.verify': {
    action: 'audit.checked',
    details: (_input, output) => (output ? [output.intact ? `Intact: ${output.checked as number} entries` : `Broken at entry ${output.firstBroken?.sequence as number}`] : []),
  },
  // Another engineer's operations, ready for when they are in the contract.
  'backups.create': { action: 'backup.created', failures: true },
  'backups.restore': { action: 'backup.restored', failures: true },
  // The case records' own unlock (core/core.ts): while they are locked nothing can be written to them, so only
  // attempts made while they are open reach the log.
  'app.unlock': { action: 'app.unlocked', failures: true },
  // Written in the records it opens (while the records are closed, the audit hook writes only once a call opens them).
  'app.acceptLostSaves': {
    action: 'app.lost-saves-accepted',
    details: (_input, output) =>
      output ? [`Saves not in the case file: ${output.lostSaves as number}`, `Newest save kept: ${(output.since as string | null) ?? 'unknown'}`] : [],
  },
  'session.lock': { action: 'app.locked', details: (input) => [`Reason: ${auditWords.lockReason(input.reason)}`] },
  'session.unlock': { action: 'app.unlocked', failures: true },
  'session.setPin': { action: 'settings.changed', details: () => ['Unlock PIN'], failures: true },
  'session.resetPin': { action: 'settings.changed', details: () => ['Unlock PIN removed with the recovery key'], failures: true },
  'backups.configure': { action: 'settings.changed', details: () => ['Backups to keep'] },
};

const actionAuditActions: Record<string, AuditAction> = {
  accept: 'plan.action-accepted',
  'not-needed': 'plan.action-not-needed',
  agree: 'plan.action-agreed',
  reassign: 'plan.action-reassigned',
  done: 'plan.action-done',
  reopen: 'plan.action-reopened',
};

/**
 * Which kind of action, and what was given, never what it says: an action's title, owner and notes are the worker's
 * words and may name people, so the log records only that they were given.
 */
function actionDetails(input: Input): string[] {
  const change = input.change as Input | undefined;
  if (!change) return [];
  const from = change.recommendationId ? ['From the assessment’s recommendations'] : change.change === 'agree' ? ['Agreed at the strategy discussion'] : [];
  const owner = change.owner ? [`Owner: ${change.owner.kind === 'agency' ? 'an agency' : 'a person'}`, `Due: ${dueDateText(change.due as string)}`] : [];
  const note = (change.note as string | undefined)?.trim() || change.reason ? ['With a note'] : [];
  return [...from, ...owner, ...note];
}

const adults = (count: number) => (count === 1 ? '1 connected adult' : `${count} connected adults`);

/**
 * Who a document leaves out, in counts only (decision 15): the audit log outlives the case and never holds a name, and
 * the worker's reason is their own words and may name someone, so only that a reason was given is recorded.
 */
function sharingDetails(input: Input, output: Output): string[] {
  const reaches = (input.reachesAdultIds as string[] | undefined)?.length ?? 0;
  const withheld = (input.withhold as unknown[] | undefined)?.length ?? 0;
  return [
    ...(output ? [`Connected adults left out of this version: ${output.withheldAdultCount as number}`] : []),
    ...(reaches > 0 ? [`Marked as reaching ${adults(reaches)}, left out`] : []),
    ...(withheld > 0 ? [`${adults(withheld)} withheld by the worker from this document, each with a reason`] : []),
  ];
}

/** Operations the audit log leaves out, and why. */
export const notAudited: Record<string, string> = {
  'app.info': 'not about a case',
  'session.unlockMethod': 'says only whether a PIN or a name unlocks the window',
  'cases.list': 'lists names to choose from; opening a case is audited',
  'cases.findMatches': 'checks for duplicates before a case is created',
  'cases.dueForReview': 'lists closed cases by reference for review',
  'nrm.prefill': 'works out pre-filled answers from a case already opened',
  'referrals.list': 'lists the referrals of a case already opened',
  'drafts.get': 'restores what the worker typed on a page already audited',
  'drafts.save': 'keeps unsaved typing; saving it is audited',
  'drafts.discard': 'throws away unsaved typing',
  'assessments.framework': 'the framework, not about a case',
  'assessments.list': 'a list of assessment dates; opening one is audited',
  'assessments.outcome': 'computed from an assessment already opened',
  'actions.list': 'the plan of a case already opened; each change to it is audited',
  'documents.available': 'what could be generated; generating is audited',
  'documents.register': 'the register of documents already audited when generated',
  'documents.customForms': 'not about a case',
  'settings.get': 'not about a case',
  'settings.firstStart': 'says only whether first start has questions left',
  'audit.forCase': 'reading the audit trail itself',
  'app.status': 'whether the case records are open',
  'records.localCases': 'lists the references of cases on this computer, to move them into the team records',
  'records.importLocal': 'each case moved is audited by the service, in the team records and in this computer’s own file',
  'backups.list': 'a list of backup files',
  'backups.status': 'progress of a backup',
};

export function osAccount(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown account';
  }
}

/**
 * The dispatcher's audit hook: turns each call into at most one audit entry, in the case records open when the call
 * answers (a restore opens new ones during the call). While none are open nothing was read or changed, and nothing
 * can be written.
 */
export function createAuditHook(openStore: () => RecordsStore | undefined, ids: Pick<ServiceDeps, 'now' | 'newId'>): AuditHook {
  const account = osAccount();
  return async (op: OperationName, input: unknown, answer, context: CallContext) => {
    const rule = auditRules[op];
    if (!rule) return;
    if (answer.ok ? rule.failuresOnly : !(rule.failures || rule.failuresOnly)) return;
    const store = openStore();
    if (!store) return;
    const values = input as Input;
    const output = answer.ok ? (answer.value as Output) : undefined;
    const caseId = (await rule.caseId?.(values, output, store)) ?? null;
    let action = typeof rule.action === 'function' ? await rule.action(values, output, store) : rule.action;
    if (action === 'app.unlocked' && !answer.ok) action = 'app.unlock-failed';
    const details = rule.details?.(values, output) ?? [];
    if (!answer.ok) details.push(`Refused: ${answer.error.message}`);
    // A deleted case's reference comes from the answer: the case itself is gone.
    const reference = op === 'cases.delete' && output ? (output.reference as string) : isUuid(caseId) ? await store.audit.referenceOf(caseId) : null;
    await store.audit.append({
      id: ids.newId(),
      at: ids.now().toISOString(),
      osAccount: account,
      worker: context.worker,
      operation: op,
      action,
      outcome: answer.ok ? 'success' : 'failure',
      caseId: isUuid(caseId) ? caseId : null,
      caseReference: reference ?? null,
      details: details.map((detail) => detail.slice(0, 300)),
    });
  };
}

function isUuid(value: string | null): value is string {
  return value !== null && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

export function auditHandlers(deps: ServiceDeps): Handlers {
  const { store } = deps;
  return {
    'audit.forCase': async ({ caseId }) => {
      const events = await store.audit.forCase(caseId);
      if (events.length === 0 && !(await store.cases.revisionOf(caseId))) {
        throw new AppError(
          'NOT_FOUND',
          store.location.kind === 'team'
            ? 'There is no audit trail for this case that you can read. Once a case is deleted, or moved out of your teams, its trail is kept for your organisation’s auditors.'
            : 'There is no audit trail for this case on this computer.',
        );
      }
      return { events };
    },
    'audit.verify': () => store.audit.verify(),
  };
}
