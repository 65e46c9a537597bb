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
    // The kills landed while saves were going on.
    expect(summary.reportedCommitted).toBeGreaterThan(20);
    expect(summary.casesInDatabase).toBeGreaterThanOrEqual(summary.reportedCommitted);
  }, 150_000);
});
