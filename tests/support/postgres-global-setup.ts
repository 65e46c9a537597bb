import type { TestProject } from 'vitest/node';
import { startCluster } from '../../scripts/postgres-cluster.mjs';
import type { SharedCluster } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: SharedCluster;
  }
}

/**
 * Vitest's global setup for the team store's tests (project `integration-postgres`): one throwaway PostgreSQL cluster
 * for the run (scripts/postgres-cluster.mjs: installed with apt-get when missing and running as root, initdb in a
 * temporary folder as a user that is not root, a socket there and 127.0.0.1 only), removed at the end. A cluster
 * already started by `node scripts/postgres-cluster.mjs run -- …` (CROSSINGS_TEST_POSTGRES) is used instead.
 * Vitest runs this only when a test file of that project is in the run.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const given = process.env.CROSSINGS_TEST_POSTGRES;
  if (given) {
    project.provide('postgres', JSON.parse(given) as SharedCluster);
    return;
  }
  const started = Date.now();
  const cluster = await startCluster({ log: (line) => console.log(line) });
  console.log(`PostgreSQL test cluster ready in ${Date.now() - started} ms.`);
  project.provide('postgres', { socketDir: cluster.socketDir, host: cluster.host, port: cluster.port, superuser: cluster.superuser, caFile: cluster.caFile });
  return () => cluster.stop();
}
