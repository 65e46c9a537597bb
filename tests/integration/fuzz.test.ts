import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationNames, type OperationName } from '../../domain/api';
import type { Result } from '../../domain/errors';
import { openTestCore } from '../fixtures/core';

/**
 * Every operation in the contract, through the real dispatcher on a real (encrypted) database, with random payloads:
 * anything at all (`fc.anything()`), and near-misses of a valid input (a field removed, replaced by anything, an
 * extra field, a string made huge or hostile). Every answer must be a result, never INTERNAL, and the process must
 * still answer afterwards with its audit chain intact.
 *
 * Anything at all must be refused as VALIDATION (or succeed, for the rare payload that happens to be valid, such as
 * `{}` for an operation without input). A near-miss can be valid in shape but name nothing real, so NOT_FOUND,
 * CONFLICT and UNSUPPORTED (saving or printing outside the desktop app) are also fair answers there.
 */

const ANYTHING_RUNS = 80;
const NEAR_MISS_RUNS = 60;
const worker = { worker: 'Fuzz worker' };

let core: ReturnType<typeof openTestCore>;
let bases: Record<OperationName, Record<string, unknown>>;
const seen = new Map<string, number>();

beforeAll(async () => {
  core = openTestCore({ dailyBackup: false });
  const example = await core.call('cases.loadExample', {});
  const assessment = await core.call('assessments.start', { caseId: example.id });
  const entry = example.chronology[0]!;
  const settings = await core.call('settings.get', {});
  const answer = { value: 'yes', unknown: false, note: '', source: 'child', recordedAt: '2026-11-30T09:00:00.000Z' };
  bases = {
    'app.info': {},
    'app.status': {},
    'app.unlock': { recoveryKey: 'ABCD-EFGH-IJKL-MNOP' },
    'app.acceptLostSaves': { confirm: true },
    'backups.list': {},
    'backups.create': {},
    'backups.restore': { name: 'crossings-20261130T090000000Z-manual.db', confirm: true },
    'backups.status': {},
    'backups.configure': { keep: 14 },
    'cases.list': { query: 'ana', status: 'all', limit: 10 },
    'cases.get': { id: example.id },
    'cases.findMatches': { names: [{ given: 'Ana', family: 'P', type: 'main' }], dateOfBirth: null },
    'cases.create': { jurisdiction: 'England', localAuthority: null, leadWorker: 'x', child: { names: [{ given: 'A', family: 'B', type: 'main' }] } },
    'cases.update': { id: example.id, revision: 999_999, changes: { leadWorker: 'x' } },
    'cases.loadExample': {},
    'nrm.prefill': { caseId: example.id },
    'referrals.list': { caseId: example.id },
    'referrals.record': { caseId: example.id, referralId: null, change: { step: 'sent', kind: 'nrm', sentOn: '2026-11-02', sentBy: 'Fuzz worker', reference: 'NRM-1' } },
    'chronology.add': { caseId: example.id, entry: { eventDate: null, kind: 'other', summary: 's', source: 'w' }, correctsId: entry.id },
    'drafts.get': { key: 'fuzz/draft' },
    'drafts.save': { key: 'fuzz/draft', value: { a: 1 } },
    'drafts.discard': { key: 'fuzz/draft' },
    'assessments.framework': { frameworkId: 'imaaf', frameworkVersion: '1' },
    'assessments.list': { caseId: example.id },
    'assessments.start': { caseId: example.id, basedOnAssessmentId: null },
    'assessments.get': { id: assessment.id },
    'assessments.answer': { id: assessment.id, connectedAdultId: null, itemId: 'b.1', answer },
    'assessments.saveJudgement': { id: assessment.id, professionalJudgement: 'j' },
    'assessments.outcome': { id: assessment.id },
    'assessments.complete': { id: crypto.randomUUID() },
    'actions.list': { caseId: example.id },
    'records.localCases': {},
    'records.importLocal': { confirm: true },
    'actions.record': { caseId: example.id, change: { change: 'agree', title: 'Book a return visit', owner: { kind: 'person', name: 'Sam Worker' }, due: '2026-12-04' } },
    'settings.get': {},
    'settings.save': settings as Record<string, unknown>,
    'settings.firstStart': {},
    'settings.saveWorker': { name: 'Fuzz Worker', role: 'Social worker', team: 'Northtown children’s services', nrmOrganisation: null },
    'documents.saveAs': { fileName: 'pack.pdf', pdfBase64: 'JVBERi0=' },
    'documents.print': { fileName: 'pack.pdf', pdfBase64: 'JVBERi0=' },
    'documents.available': { caseId: example.id, audience: 'internal' },
    'documents.generate': { caseId: crypto.randomUUID(), type: 'child-information-sheet', audience: 'internal' },
    'documents.register': { caseId: example.id },
    'documents.customForms': {},
    'audit.forCase': { caseId: example.id },
    'audit.verify': {},
    'handover.export': { caseId: crypto.randomUUID(), password: 'a long enough password' },
    'handover.import': { fileBase64: 'eyJmb3JtYXQiOiJjcm9zc2luZ3MtaGFuZG92ZXIifQ==', password: 'a long enough password' },
    'cases.dueForReview': { asOf: '2030-01-01' },
    'cases.delete': { id: example.id, confirmReference: 'not the reference' },
    'session.lock': { reason: 'idle' },
    'session.unlock': { displayName: 'Someone else' },
    'session.unlockMethod': {},
    'session.setPin': { newPin: '20261130' },
    'session.resetPin': { recoveryKey: 'not a recovery key' },
  };
}, 60_000);

afterAll(() => {
  core?.close();
  console.log('Fuzz answers by code:', Object.fromEntries([...seen].sort()));
});

function check(op: string, result: Result<unknown>, allowed: readonly string[]) {
  expect(result, `${op} did not answer with a result`).toHaveProperty('ok');
  const code = result.ok ? 'ok' : result.error.code;
  seen.set(code, (seen.get(code) ?? 0) + 1);
  if (!result.ok) {
    expect(result.error.code, `${op}: ${result.error.message}`).not.toBe('INTERNAL');
    expect(allowed, `${op} answered ${result.error.code}: ${result.error.message}`).toContain(result.error.code);
    expect(typeof result.error.message).toBe('string');
  }
}

const hostileStrings = fc.constantFrom(
  '',
  ' ',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  "'; DROP TABLE cases; --",
  '../../../../etc/passwd',
  '\u0000',
  '\u202e',
  'x'.repeat(20_001),
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'NaN',
  '__proto__',
);

/** A valid input, changed in one or two places. */
function nearMiss(base: Record<string, unknown>) {
  const keys = Object.keys(base);
  const anyKey = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant('extra');
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('remove' as const), key: anyKey }),
    fc.record({ kind: fc.constant('replace' as const), key: anyKey, value: fc.oneof(fc.anything(), hostileStrings, fc.integer(), fc.double()) }),
    fc.record({ kind: fc.constant('extra' as const), key: fc.oneof(fc.string(), fc.constant('__proto__'), fc.constant('constructor')), value: fc.anything() }),
    fc.record({ kind: fc.constant('nest' as const), key: anyKey, value: hostileStrings }),
  );
  return fc.array(mutation, { minLength: 1, maxLength: 2 }).map((mutations) => {
    const input: Record<string, unknown> = structuredClone(base);
    for (const change of mutations) {
      if (change.kind === 'remove') delete input[change.key];
      else if (change.kind === 'replace' || change.kind === 'extra') Object.defineProperty(input, change.key, { value: change.value, enumerable: true, writable: true, configurable: true });
      else {
        // Put a hostile string into the first string found inside the field.
        const target = input[change.key];
        if (typeof target === 'string') input[change.key] = change.value;
        else if (target && typeof target === 'object') {
          const inner = Object.keys(target).find((key) => typeof (target as Record<string, unknown>)[key] === 'string');
          if (inner) (target as Record<string, unknown>)[inner] = change.value;
        }
      }
    }
    return input;
  });
}

describe('fuzzing every operation in the contract', () => {
  it('has a valid starting input for every operation', () => {
    expect(Object.keys(bases).sort()).toEqual([...operationNames].sort());
  });

  it.each(operationNames)('%s: anything at all is refused as VALIDATION, never INTERNAL', async (op) => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withBigInt: true, withDate: true, withMap: true, withSet: true }), async (input) => {
        const result = await core.dispatch(op, input, worker);
        check(op, result, ['VALIDATION']);
      }),
      { numRuns: ANYTHING_RUNS },
    );
  });

  it.each(operationNames)('%s: near-misses of a valid input are refused cleanly, never INTERNAL', async (op) => {
    await fc.assert(
      fc.asyncProperty(nearMiss(bases[op]), async (input) => {
        const result = await core.dispatch(op, input, worker);
        check(op, result, ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'UNSUPPORTED']);
      }),
      { numRuns: NEAR_MISS_RUNS },
    );
  });

  it('leaves the process answering and the audit chain whole', async () => {
    const info = await core.dispatch('app.info', {}, worker);
    expect(info.ok).toBe(true);
    const verified = await core.call('audit.verify', {});
    expect(verified.intact).toBe(true);
    expect(verified.checked).toBeGreaterThan(0);
  });
});
