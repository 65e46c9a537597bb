import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  // Generous: a 2-core CI machine runs these long journeys while building; a hang still fails.
  timeout: 300_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
  },
  outputDir: '../../test-results/e2e-artifacts',
});
