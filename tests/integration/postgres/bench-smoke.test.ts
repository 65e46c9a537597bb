import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// `npm run bench:team` prints figures and asserts none; this runs it small, so a change that breaks it (a new column
// its loader does not know) is found by the tests, not by the next person to measure. Its figures are not looked at.
const projectRoot = path.resolve(__dirname, '..', '..', '..');

describe('the team store benchmark', () => {
  it('runs to the end on a small store and loses no save', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'bench', 'team.bench.ts')], {
      cwd: projectRoot,
      env: { ...process.env, BENCH_CASES: '300', BENCH_SECONDS: '2' },
      timeout: 240_000,
    });
    expect(stdout).toContain('Generated 300 cases');
    expect(stdout).toMatch(/saves acknowledged [1-9]\d*\s+lost 0 /);
    expect(stdout).toMatch(/audit log: \d+ entries/);
  }, 300_000);
});
