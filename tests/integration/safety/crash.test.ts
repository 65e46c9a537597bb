import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../fixtures/core';
import { prepareCrashFolder, runCrashTrials } from './crash-harness';

describe('a crash while saving', () => {
  it('loses no save that was reported as committed, and leaves the database whole, over 20 SIGKILLs', async () => {
    const folder = tempFolder('crossings-crash-');
    prepareCrashFolder(folder);
    const summary = await runCrashTrials(folder, 20);
    expect(summary.childProblems).toEqual([]);
    expect(summary.kills).toBe(20);
    expect(summary.openFailures).toBe(0);
    expect(summary.integrityFailures).toBe(0);
    expect(summary.lost).toBe(0);
    // Most kills landed while saves were going on.
    expect(summary.killsAfterASave).toBeGreaterThanOrEqual(10);
    expect(summary.reportedCommitted).toBeGreaterThan(20);
    expect(summary.casesInDatabase).toBeGreaterThanOrEqual(summary.reportedCommitted);
    // About 45 s on an idle 2-core machine; the limit leaves room for a busy one.
  }, 240_000);
});
