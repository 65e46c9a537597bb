import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../fixtures/core';
import { crashSeed, prepareCrashFolder, runCrashTrials, seededRandom } from './crash-harness';

describe('a crash while saving', () => {
  it('draws its kill times from a seed, and CROSSINGS_CRASH_SEED repeats them', () => {
    const draws = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(draws(42)).toEqual(draws(42));
    expect(draws(42)).not.toEqual(draws(43));
    expect(draws(42).every((value) => value >= 0 && value < 1)).toBe(true);
    expect(crashSeed({ CROSSINGS_CRASH_SEED: '123456' })).toBe(123456);
    expect(() => crashSeed({ CROSSINGS_CRASH_SEED: 'soon' })).toThrow(/CROSSINGS_CRASH_SEED/);
  });

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
