// Types for scripts/postgres-cluster.mjs (plain JavaScript so .ci/run and scripts/test.mjs can use it without tsx).

export declare const SUPERUSER: string;

export declare class PostgresMissingError extends Error {}

export declare function findPostgresBin(): string | null;

export declare function ensurePostgres(options?: { log?: (line: string) => void }): string;

export interface TestCluster {
  bin: string;
  folder: string;
  socketDir: string;
  host: string;
  port: number;
  superuser: string;
  caFile: string | null;
  pause(): Promise<void>;
  resume(): Promise<void>;
  stop(): Promise<void>;
}

export declare function startCluster(options?: { durable?: boolean; log?: (line: string) => void }): Promise<TestCluster>;
