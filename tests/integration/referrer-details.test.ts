import { describe, expect, it } from 'vitest';
import { defaultAppSettings, type ReferrerSettings } from '../../domain/settings';
import { closingCoresAfterEach, type TestCore } from '../fixtures/core';
import { normaliseExtracted, pdfText, squash } from './documents/helpers';

const open = closingCoresAfterEach();

const details: ReferrerSettings = {
  name: '',
  role: 'Senior social worker, children’s services',
  team: 'Exampleshire Children’s Services, Assessment Team East',
  nrmOrganisation: 'Birmingham City Council',
  phone: '0121 496 0000',
  email: 'first.responder@example.gov.uk',
  alternativeEmail: 'assessment.east@example.gov.uk',
  address: 'Example House, 1 Sample Street, Exampletown EX1 1AA',
};

async function documentText(core: TestCore, caseId: string, type: 'nrm-preparation-pack' | 'children-services-referral', audience: 'nrm-first-responder' | 'children-services') {
  const generated = await core.call('documents.generate', { caseId, type, audience });
  return squash(normaliseExtracted(await pdfText(new Uint8Array(Buffer.from(generated.pdfBase64, 'base64')))));
}

describe('the worker’s own details on referral forms', () => {
  it('reads settings saved before they existed as no details, and keeps them once saved', async () => {
    const core = open();
    core.store.settings.set('app', { organisation: defaultAppSettings.organisation, ictgOperatesHere: 'unknown' });
    expect((await core.call('settings.get', {})).referrer).toEqual(defaultAppSettings.referrer);
    await core.call('settings.save', { ...(await core.call('settings.get', {})), referrer: details });
    expect((await core.call('settings.get', {})).referrer).toEqual(details);
  });

  it('keeps the organisation’s settings when a saved referrer detail is no longer accepted (a council renamed in the NRM list)', async () => {
    const core = open();
    const organisation = { name: 'Exampleshire Council', procedureName: 'Exampleshire safeguarding children procedures', contact: 'Duty team, 01632 960000' };
    core.store.settings.set('app', {
      ...defaultAppSettings,
      organisation,
      retention: { yearsAfterClosure: 8, untilAge: 25 },
      referrer: { ...details, nrmOrganisation: 'A council the list no longer has' },
    });
    const read = await core.call('settings.get', {});
    expect(read.organisation).toEqual(organisation);
    expect(read.retention).toEqual({ yearsAfterClosure: 8, untilAge: 25 });
    expect(read.referrer).toEqual({ ...details, nrmOrganisation: null });
  });

  it('refuses an email address or an NRM organisation that cannot be right, in a worker’s words, and keeps what was saved', async () => {
    const core = open();
    const saved = await core.call('settings.save', { ...defaultAppSettings, referrer: details });
    for (const [field, value, message] of [
      ['email', 'first.responder at example', 'Enter your work email address in the right form, like name@example.gov.uk'],
      ['alternativeEmail', 'team@', 'Enter a second email address in the right form, like name@example.gov.uk'],
      ['nrmOrganisation', 'Exampleshire Council', 'Choose your organisation from the NRM form’s list'],
    ] as const) {
      const result = await core.dispatch('settings.save', { ...saved, referrer: { ...details, [field]: value } }, { worker: 'Test worker' });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: `referrer.${field}`, message }] } });
    }
    expect((await core.call('settings.get', {})).referrer).toEqual(details);
  });

  it('prints them, with the session’s name, in the NRM preparation pack and the children’s services referral', async () => {
    const core = open();
    await core.call('settings.save', { ...defaultAppSettings, referrer: details });
    const record = await core.call('cases.loadExample', {});

    const nrm = await documentText(core, record.id, 'nrm-preparation-pack', 'nrm-first-responder');
    for (const value of ['Test', 'worker', details.role, details.nrmOrganisation, details.phone, details.alternativeEmail]) expect(nrm).toContain(squash(value!));

    const referral = await documentText(core, record.id, 'children-services-referral', 'children-services');
    for (const value of ['Test worker', details.role, details.team, details.phone, details.email, details.address]) expect(referral).toContain(squash(value!));
  });

  it('leaves them empty, not invented, when the worker has not given them', async () => {
    const core = open();
    const record = await core.call('cases.loadExample', {});
    const referral = await documentText(core, record.id, 'children-services-referral', 'children-services');
    expect(referral).toContain(squash('Test worker'));
    expect(referral).not.toContain('example.gov.uk');
  });

  it('names the worker from Settings in every record, audit entry and document, with the computer account kept beside it', async () => {
    const core = open();
    const settings = await core.call('settings.get', {});
    await core.call('settings.save', { ...settings, referrer: { ...details, name: 'Priya Shah' } });
    const example = await core.call('cases.loadExample', {});
    const entry = await core.call('chronology.add', { caseId: example.id, entry: { eventDate: null, kind: 'other', summary: 'Visited the placement.', source: '' } });
    expect(entry.recordedBy).toBe('Priya Shah');
    const events = (await core.call('audit.forCase', { caseId: example.id })).events;
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.worker).toBe('Priya Shah');
      expect(event.osAccount).not.toBe('');
    }
    const generated = await core.call('documents.generate', { caseId: example.id, type: 'children-services-referral', audience: 'children-services' });
    expect(generated.entry.generatedBy).toBe('Priya Shah');
    // Without a name in Settings, the session's name (the computer account, or CROSSINGS_WORKER_NAME) is used, as before.
    const other = open();
    const another = await other.call('cases.loadExample', {});
    expect((await other.call('audit.forCase', { caseId: another.id })).events[0]!.worker).toBe('Test worker');
  });

  it('asks first start for the worker and a PIN until both are given; saving the worker keeps the other details and audits the name', async () => {
    const core = open();
    await core.call('settings.save', { ...(await core.call('settings.get', {})), referrer: details });
    expect(await core.call('settings.firstStart', {})).toEqual({ needsWorker: true, needsPin: true });

    const refused = await core.dispatch('settings.saveWorker', { name: '  ', role: '', team: '', nrmOrganisation: null }, { worker: 'Test worker' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('VALIDATION');
      expect(refused.error.issues?.map((issue) => issue.message)).toEqual(['Enter your full name', 'Enter your role', 'Enter your team and organisation']);
    }
    expect((await core.call('settings.get', {})).referrer).toEqual(details);

    const saved = await core.call('settings.saveWorker', { name: ' Priya Okafor ', role: 'Senior social worker', team: 'Children in Care Team, Northtown Council', nrmOrganisation: null });
    // The phone, email and address given before are kept; only who the worker is changes.
    expect(saved.referrer).toEqual({ ...details, name: 'Priya Okafor', role: 'Senior social worker', team: 'Children in Care Team, Northtown Council', nrmOrganisation: null });
    expect(await core.call('settings.firstStart', {})).toEqual({ needsWorker: false, needsPin: true });
    await core.call('session.setPin', { newPin: '864209' });
    expect(await core.call('settings.firstStart', {})).toEqual({ needsWorker: false, needsPin: false });

    // The change of name is in the audit log in words, beside the computer account; what follows names the new worker.
    await core.call('settings.save', { ...(await core.call('settings.get', {})), referrer: { ...saved.referrer, name: 'Priya Okafor-Hall' } });
    const rows = core.store.db.prepare("SELECT worker, os_account, details FROM audit_events WHERE action = 'settings.changed' ORDER BY sequence").all() as { worker: string; os_account: string; details: string }[];
    const named = rows.filter((row) => row.details.includes('Worker'));
    expect(named.map((row) => JSON.parse(row.details).at(-1))).toEqual(["Worker's name from now on: Priya Okafor", "Worker's name from now on: Priya Okafor-Hall"]);
    expect(named[1]!.worker).toBe('Priya Okafor');
    for (const row of named) expect(row.os_account).not.toBe('');
    const example = await core.call('cases.loadExample', {});
    expect((await core.call('audit.forCase', { caseId: example.id })).events[0]!.worker).toBe('Priya Okafor-Hall');
  });
});
