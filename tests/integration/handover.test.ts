import { describe, expect, it } from 'vitest';
import { emptyStrategyMeeting } from '../../domain/case/defaults';
import { HANDOVER_VERSION } from '../../domain/handover';
import { openHandover, sealHandover } from '../../core/services/handover';
import { closingCoresAfterEach } from '../fixtures/core';

const open = closingCoresAfterEach();

const PASSWORD = 'a long hand-over password';

/** The example case with a completed assessment, as a worker would hand it over. */
async function caseWithAssessment(core: ReturnType<typeof open>) {
  const record = await core.call('cases.loadExample', {});
  const assessment = await core.call('assessments.start', { caseId: record.id });
  await core.call('assessments.saveJudgement', { id: assessment.id, professionalJudgement: 'Judgement written for the test.' });
  return { record: await core.call('cases.get', { id: record.id }), assessment };
}

function flipByte(fileBase64: string, field: 'ciphertext' | 'tag'): string {
  const envelope = JSON.parse(Buffer.from(fileBase64, 'base64').toString('utf8')) as Record<string, string>;
  const bytes = Buffer.from(envelope[field]!, 'base64');
  bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
  envelope[field] = bytes.toString('base64');
  return Buffer.from(JSON.stringify(envelope), 'utf8').toString('base64');
}

describe('handing a case over', () => {
  it('round trip: the case, its chronology and assessments arrive as they left, as a new case on the other computer', async () => {
    const from = open();
    const { record, assessment } = await caseWithAssessment(from);
    const exported = await from.call('handover.export', { caseId: record.id, password: PASSWORD });
    expect(exported.fileName).toMatch(/^EXAMPLE-\d+-handover-\d{4}-\d{2}-\d{2}\.crossings$/);
    expect(exported.fileName).not.toContain(record.child.names[0]!.family);
    const text = Buffer.from(exported.fileBase64, 'base64').toString('utf8');
    expect(text).not.toContain(record.child.names[0]!.family);
    expect(JSON.parse(text)).toMatchObject({ format: 'crossings-handover', version: HANDOVER_VERSION, kdf: { name: 'scrypt' }, cipher: { name: 'aes-256-gcm' } });

    const to = open();
    const imported = await to.call('handover.import', { fileBase64: exported.fileBase64, password: PASSWORD });
    expect(imported).toEqual({ caseId: record.id, reference: record.reference, previousReference: null });
    const arrived = await to.call('cases.get', { id: record.id });
    expect(arrived).toEqual(record);
    expect(arrived.chronology.length).toBeGreaterThan(3);
    const assessments = await to.call('assessments.list', { caseId: record.id });
    // The test's assessment, and the one the example case comes with.
    expect(assessments.assessments.map((item) => item.id)).toContain(assessment.id);
    expect(assessments.assessments).toHaveLength(2);
    expect((await to.call('assessments.get', { id: assessment.id })).professionalJudgement).toBe('Judgement written for the test.');

    // Both ends are in the audit trail.
    expect((await from.call('audit.forCase', { caseId: record.id })).events[0]).toMatchObject({ action: 'case.handed-over', details: [exported.fileName] });
    expect((await to.call('audit.forCase', { caseId: record.id })).events.map((event) => event.action)).toContain('case.imported');
  });

  it('refuses a file that was altered, saying so, and imports nothing', async () => {
    const from = open();
    const { record } = await caseWithAssessment(from);
    const exported = await from.call('handover.export', { caseId: record.id, password: PASSWORD });
    const to = open();
    for (const altered of [flipByte(exported.fileBase64, 'ciphertext'), flipByte(exported.fileBase64, 'tag')]) {
      const result = await to.dispatch('handover.import', { fileBase64: altered, password: PASSWORD }, { worker: 'w' });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/changed or damaged/) } });
    }
    expect((await to.call('cases.list', {})).total).toBe(0);
  });

  it('refuses a wrong password with its own message', async () => {
    const from = open();
    const { record } = await caseWithAssessment(from);
    const exported = await from.call('handover.export', { caseId: record.id, password: PASSWORD });
    const to = open();
    const result = await to.dispatch('handover.import', { fileBase64: exported.fileBase64, password: 'not the password at all' }, { worker: 'w' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/password is not right/), issues: [{ path: 'password' }] } });
    expect((await to.call('cases.list', {})).total).toBe(0);
    expect((to.store.db.prepare("SELECT action, outcome FROM audit_events").all())).toEqual([{ action: 'case.imported', outcome: 'failure' }]);
  });

  it('refuses to import a case that is already here, and gives a case whose reference another case uses the next free one, keeping the old one in its chronology', async () => {
    const core = open();
    const { record } = await caseWithAssessment(core);
    const exported = await core.call('handover.export', { caseId: record.id, password: PASSWORD });
    const again = await core.dispatch('handover.import', { fileBase64: exported.fileBase64, password: PASSWORD }, { worker: 'w' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/already on this computer/) } });

    const other = open();
    const clash = await other.call('cases.create', {
      reference: record.reference,
      jurisdiction: 'England',
      localAuthority: null,
      leadWorker: '',
      child: { names: [{ given: 'Someone', family: 'Else', type: 'main' }] },
    });
    const imported = await other.call('handover.import', { fileBase64: exported.fileBase64, password: PASSWORD });
    expect(imported).toEqual({ caseId: record.id, reference: `${record.reference}-2`, previousReference: record.reference });
    expect((await other.call('cases.list', {})).cases.map((item) => item.id).sort()).toEqual([clash.id, record.id].sort());
    expect((await other.call('cases.get', { id: clash.id })).reference).toBe(record.reference);
    const moved = await other.call('cases.get', { id: record.id });
    expect(moved.chronology.map((entry) => entry.summary)).toEqual([
      ...record.chronology.map((entry) => entry.summary),
      expect.stringMatching(new RegExp(`previous reference was ${record.reference}; it is ${record.reference}-2 here`)),
    ]);
  });

  it('refuses files that are not hand-over files, or hold a case that fails the checks, or come from a newer version', async () => {
    const core = open();
    const { record } = await caseWithAssessment(core);
    const notOurs = Buffer.from('{"hello":"world"}').toString('base64');
    expect(await core.dispatch('handover.import', { fileBase64: notOurs, password: PASSWORD }, { worker: 'w' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/not a Crossings hand-over file/) },
    });
    const payload = { format: 'crossings-case', version: 1, exportedAt: new Date().toISOString(), exportedBy: 'x', appVersion: '1', case: { ...record, reference: '<script>' }, assessments: [] };
    const sealed = sealHandover(payload as never, PASSWORD);
    expect(() => openHandover(sealed, PASSWORD)).toThrow(/does not hold a case Crossings can import/);
    const newer = JSON.parse(Buffer.from(sealed, 'base64').toString('utf8')) as { version: number };
    newer.version = HANDOVER_VERSION + 1;
    expect(() => openHandover(Buffer.from(JSON.stringify(newer)).toString('base64'), PASSWORD)).toThrow(/newer version of Crossings/);
  });

  it('imports a file made before the strategy meeting was recorded (version 1) as a case with none arranged', async () => {
    const source = open();
    const { record } = await caseWithAssessment(source);
    const { strategyMeeting: _notInVersion1, ...olderCase } = record;
    const payload = { format: 'crossings-case', version: 1, exportedAt: new Date().toISOString(), exportedBy: 'An earlier release', appVersion: '0.1.0', case: olderCase, assessments: [] };
    const sealed = sealHandover(payload as never, PASSWORD, 1);
    expect(JSON.parse(Buffer.from(sealed, 'base64').toString('utf8'))).toMatchObject({ version: 1 });
    const target = open();
    await target.call('handover.import', { fileBase64: sealed, password: PASSWORD });
    const imported = await target.call('cases.get', { id: record.id });
    expect(imported.strategyMeeting).toEqual(emptyStrategyMeeting());
    expect(imported.child).toEqual(record.child);
  });

  it('writes files of the current version, so a release that knows only version 1 refuses them instead of dropping the meeting', async () => {
    const core = open();
    const { record } = await caseWithAssessment(core);
    const { fileBase64 } = await core.call('handover.export', { caseId: record.id, password: PASSWORD });
    expect(HANDOVER_VERSION).toBe(3);
    expect(JSON.parse(Buffer.from(fileBase64, 'base64').toString('utf8'))).toMatchObject({ version: 3 });
    expect(openHandover(fileBase64, PASSWORD)).toMatchObject({ version: 3, case: { strategyMeeting: record.strategyMeeting } });
  });
});
