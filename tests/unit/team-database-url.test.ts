import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../../core/store/postgres/connect';

/** CROSSINGS_DATABASE_URL as IT writes it for team mode (core/store/postgres/connect.ts). */
describe('the team records address', () => {
  it('reads a server on the network, with its port and the password in the address', () => {
    const { settings, team } = parseDatabaseUrl('postgresql://sam.worker:p%40ss@db.example.org:6432/crossings?team=Duty%20and%20assessment', undefined);
    expect(settings).toMatchObject({ host: 'db.example.org', port: 6432, database: 'crossings', user: 'sam.worker', password: 'p@ss' });
    expect(team).toBe('Duty and assessment');
  });

  it('reads a Unix socket given with a sign-in and no host, as libpq takes it, with the port that names its file', () => {
    expect(parseDatabaseUrl('postgresql://sam_worker:secret@/crossings?host=/var/run/postgresql', undefined).settings).toMatchObject({
      host: '/var/run/postgresql',
      port: 5432,
      database: 'crossings',
      user: 'sam_worker',
      password: 'secret',
    });
    expect(parseDatabaseUrl('postgresql://sam_worker@/crossings?host=/tmp/pg&port=5433', 'from-the-environment').settings).toMatchObject({
      host: '/tmp/pg',
      port: 5433,
      user: 'sam_worker',
      password: 'from-the-environment',
    });
  });

  it('refuses an address with no host and no socket', () => {
    expect(() => parseDatabaseUrl('postgresql://sam_worker@/crossings', undefined)).toThrow('names no server');
  });
});
