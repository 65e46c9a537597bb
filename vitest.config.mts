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
          exclude: ['tests/integration/postgres/**', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Integration tests open real SQLite files and spawn processes; one file at a time keeps a 2-core machine steady.
          fileParallelism: false,
        },
      },
      {
        test: {
          // The team store on a real PostgreSQL: one throwaway cluster per run, started (and PostgreSQL installed when
          // missing, as root) by the global setup only when one of these files runs. Each file makes its own database.
          name: 'integration-postgres',
          include: ['tests/integration/postgres/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/postgres-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
