import pg from 'pg';
import type { PgConnection } from './migrate';

/** A write runs on one connection inside PgStore.transaction, never straight on the pool. */
export function requireTransaction(db: PgConnection | pg.Pool, operation: string): asserts db is PgConnection {
  if (db instanceof pg.Pool) throw new Error(`${operation} writes, so it must run inside PgStore.transaction`);
}
