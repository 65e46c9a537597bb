import { describe, expect, it } from 'vitest';
import { UNLOCK_PIN_KEY } from '../../core/services/session';
import { closingCoresAfterEach, openTestCore } from '../fixtures/core';

const open = closingCoresAfterEach();
const worker = { worker: 'Test worker' };

describe('unlocking the locked window with a PIN', () => {
  it('is by name until a PIN is set, then by the PIN alone', async () => {
    const core = open();
    expect(await core.call('session.unlockMethod', {})).toMatchObject({ method: 'name' });
    await core.call('session.unlock', { displayName: 'test worker' });

    await core.call('session.setPin', { newPin: '482913' });
    expect(await core.call('session.unlockMethod', {})).toMatchObject({ method: 'pin' });
    await core.call('session.unlock', { pin: ' 482913 ' });
    expect(await core.dispatch('session.unlock', { displayName: 'Test worker' }, worker)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'pin', message: 'Enter your PIN' }] },
    });
    expect(await core.dispatch('session.unlock', { pin: '111111' }, worker)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Crossings is still locked.', issues: [{ path: 'pin', message: 'That is not your PIN. Check it and try again.' }] },
    });
  });

  it('keeps only a salted hash of the PIN, in the encrypted database', async () => {
    const core = open();
    await core.call('session.setPin', { newPin: '482913' });
    const stored = JSON.stringify(core.store.settings.get(UNLOCK_PIN_KEY));
    expect(stored).not.toContain('482913');
    expect(stored).toMatch(/"scheme":"scrypt"/);
    const again = open();
    await again.call('session.setPin', { newPin: '482913' });
    expect(JSON.stringify(again.store.settings.get(UNLOCK_PIN_KEY))).not.toBe(stored);
  });

  it('needs the current PIN to change it, and says what is wrong with a new one in a worker’s words', async () => {
    const core = open();
    for (const [newPin, message] of [
      ['12345', 'Your PIN must be at least 6 numbers long'],
      ['12ab56', 'Use numbers only for your PIN'],
      ['1234567890123', 'Your PIN must be 12 numbers or fewer'],
    ] as const) {
      expect(await core.dispatch('session.setPin', { newPin }, worker)).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'newPin', message }] } });
    }
    await core.call('session.setPin', { newPin: '482913' });
    expect(await core.dispatch('session.setPin', { newPin: '555555' }, worker)).toMatchObject({
      ok: false,
      error: { message: 'Your PIN was not changed.', issues: [{ path: 'currentPin', message: 'Enter your PIN' }] },
    });
    expect(await core.dispatch('session.setPin', { currentPin: '000000', newPin: '555555' }, worker)).toMatchObject({ ok: false, error: { issues: [{ path: 'currentPin' }] } });
    await core.call('session.unlock', { pin: '482913' });
    await core.call('session.setPin', { currentPin: '482913', newPin: '555555' });
    await core.call('session.unlock', { pin: '555555' });
    expect((await core.dispatch('session.unlock', { pin: '482913' }, worker)).ok).toBe(false);
  });

  it('waits a minute after five wrong PINs in a row, even for the right one, and audits every try', async () => {
    let now = Date.UTC(2026, 10, 30, 9, 0, 0);
    const core = openTestCore({ dailyBackup: false, now: () => new Date(now) });
    try {
      await core.call('session.setPin', { newPin: '482913' });
      for (let attempt = 0; attempt < 5; attempt += 1) expect((await core.dispatch('session.unlock', { pin: '000000' }, worker)).ok).toBe(false);
      expect(await core.dispatch('session.unlock', { pin: '482913' }, worker)).toMatchObject({
        ok: false,
        error: { issues: [{ path: 'pin', message: 'That PIN was wrong too many times. Wait a minute, then try again.' }] },
      });
      now += 61_000;
      await core.call('session.unlock', { pin: '482913' });
      const actions = core.store.db.prepare("SELECT action, outcome FROM audit_events WHERE operation LIKE 'session.%' ORDER BY sequence").all();
      expect(actions).toEqual([
        { action: 'settings.changed', outcome: 'success' },
        ...Array.from({ length: 6 }, () => ({ action: 'app.unlock-failed', outcome: 'failure' })),
        { action: 'app.unlocked', outcome: 'success' },
      ]);
    } finally {
      core.close();
    }
  });

  it('can be removed with the case records’ recovery key when forgotten, and not with anything else', async () => {
    let recoveryKey = '';
    const core = openTestCore({ dailyBackup: false, onRecoveryKey: (key) => (recoveryKey = key) });
    try {
      expect(recoveryKey).not.toBe('');
      await core.call('session.setPin', { newPin: '482913' });
      expect(await core.dispatch('session.resetPin', { recoveryKey: 'ABCD-EFGH' }, worker)).toMatchObject({
        ok: false,
        error: { message: 'Your PIN was not removed.', issues: [{ path: 'recoveryKey', message: 'That is not the recovery key for these case records. Check each group of characters.' }] },
      });
      expect(await core.call('session.unlockMethod', {})).toMatchObject({ method: 'pin' });
      expect(await core.call('session.resetPin', { recoveryKey: recoveryKey.toLowerCase() })).toEqual({ method: 'name' });
      expect(await core.call('session.unlockMethod', {})).toMatchObject({ method: 'name' });
      await core.call('session.setPin', { newPin: '777777' });
      await core.call('session.unlock', { pin: '777777' });
    } finally {
      core.close();
    }
  });

  describe('the lock is kept by the core, not the page', () => {
    it('while locked answers LOCKED to every operation that reads or changes a case, and nothing about the case', async () => {
      const core = open();
      const example = await core.call('cases.loadExample', {});
      await core.call('session.lock', { reason: 'shortcut' });
      expect(await core.call('session.unlockMethod', {})).toEqual({ method: 'name', locked: true });
      for (const [op, input] of [
        ['cases.get', { id: example.id }],
        ['cases.list', {}],
        ['drafts.get', { key: `case/${example.id}/child` }],
        ['documents.register', { caseId: example.id }],
        ['audit.forCase', { caseId: example.id }],
        ['settings.get', {}],
      ] as const) {
        const answer = await core.dispatch(op, input, worker);
        expect(answer, op).toEqual({ ok: false, error: { code: 'LOCKED', message: 'Crossings is locked. Unlock it to carry on.' } });
        expect(JSON.stringify(answer)).not.toContain(example.child.names[0]!.given);
      }
      expect((await core.call('app.status', {})).state).toBe('ok');
      await core.call('session.unlock', { displayName: 'Test worker' });
      expect((await core.call('cases.get', { id: example.id })).id).toBe(example.id);
    });

    it('a wrong PIN leaves it locked; with a PIN set, a restart starts locked', async () => {
      const first = openTestCore({ dailyBackup: false });
      const example = await first.call('cases.loadExample', {});
      await first.call('session.setPin', { newPin: '482913' });
      first.close();
      const again = openTestCore({ folder: first.folder, dailyBackup: false });
      try {
        expect(await again.call('session.unlockMethod', {})).toEqual({ method: 'pin', locked: true });
        expect(await again.dispatch('cases.get', { id: example.id }, worker)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
        await again.dispatch('session.unlock', { pin: '000000' }, worker);
        expect(await again.dispatch('cases.get', { id: example.id }, worker)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
        await again.call('session.unlock', { pin: '482913' });
        expect((await again.call('cases.get', { id: example.id })).id).toBe(example.id);
      } finally {
        again.close();
      }
    });
  });
});
