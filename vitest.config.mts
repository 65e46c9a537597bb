import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          // A guard against hangs, not a speed target: the property tests (2,000 runs each) take several seconds when
          // they share 2 cores with the integration tests.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Integration tests open real SQLite files and spawn processes; one file at a time keeps a 2-core machine steady.
          fileParallelism: false,
        },
      },
    ],
  },
});
