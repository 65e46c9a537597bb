import { test as base } from '@playwright/test';
import { startTeamDatabase, type TeamConnection, type TeamDatabase } from '../team-database';
import { Crossings } from './crossings';

/**
 * Playwright's test with `crossings` in team mode: the case records in a team database of its own on a throwaway
 * PostgreSQL (tests/e2e/team-database.ts), the worker signed in as the role IT made for Crossings.worker, whose
 * name the team records hold. Crossings stops before the database does; both always go when the test ends.
 */
export const test = base.extend<{ teamConnection: TeamConnection; teamDatabase: TeamDatabase; crossings: Crossings }>({
  /** Over TLS on 127.0.0.1 unless a test says `test.use({ teamConnection: 'socket' })`. */
  teamConnection: ['tls', { option: true }],
  teamDatabase: async ({ teamConnection }, use) => {
    const database = await startTeamDatabase(Crossings.worker.name, teamConnection);
    try {
      await use(database);
    } finally {
      await database.stop();
    }
  },
  crossings: async ({ page, context, teamDatabase }, use) => {
    const crossings = new Crossings(page, context, teamDatabase.environment);
    try {
      await use(crossings);
    } finally {
      await crossings.close();
    }
  },
});

export { expect } from '@playwright/test';
