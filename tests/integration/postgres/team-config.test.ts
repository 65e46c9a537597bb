import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTeamMode, parseDatabaseUrl, readTeamAuditKey } from '../../../core/store/postgres/connect';
import { setOrganisationName } from '../../../core/store/postgres/roles';
import { connectionFromConfig, readTeamConfig, TEAM_CONFIG_FILE } from '../../../core/store/postgres/team-config';
import { tempFolder } from '../../fixtures/core';
import { TestTeamDatabase, type TestWorker } from '../../support/postgres';

// How a computer is put in team mode (issue 13, item 2): the desktop app's team-records.json, browser mode's
// CROSSINGS_DATABASE_URL, and the organisation's audit key file, each refused in words when it is not right, and
// each reaching a real PostgreSQL over verified TLS when it is.
const db = new TestTeamDatabase('team_config');
let worker: TestWorker;
let keyFile: string;

beforeAll(async () => {
  await db.create();
  const team = await db.team('Duty and assessment');
  worker = await db.worker('Grace Mensah');
  await db.member(team, worker);
  await setOrganisationName(await db.owner(), 'Example Borough Council');
  keyFile = path.join(tempFolder(), 'audit.key');
  fs.writeFileSync(keyFile, db.auditKey.toString('base64'), { mode: 0o600 });
});

afterAll(async () => {
  await db.drop();
});

function writeConfig(folder: string, config: unknown): void {
  fs.writeFileSync(path.join(folder, TEAM_CONFIG_FILE), typeof config === 'string' ? config : JSON.stringify(config));
}

describe('team mode on the desktop app (team-records.json)', () => {
  it('is off where there is no file, and names what is wrong in the file', () => {
    const folder = tempFolder();
    expect(readTeamConfig(folder)).toBeNull();
    writeConfig(folder, '{ not json');
    expect(() => readTeamConfig(folder)).toThrow(/not valid JSON/);
    writeConfig(folder, { host: 'db.example.gov.uk', database: 'crossings', role: 'amina.yusuf', signIn: 'password', auditKeyFile: keyFile });
    expect(() => readTeamConfig(folder)).toThrow(/caFile: A team database reached over the network needs caFile/);
    writeConfig(folder, { host: '/var/run/postgresql', database: 'crossings', role: 'amina.yusuf', signIn: 'certificate', auditKeyFile: keyFile });
    expect(() => readTeamConfig(folder)).toThrow(/certFile: Signing in by certificate needs certFile and keyFile/);
    writeConfig(folder, { host: '/var/run/postgresql', database: 'crossings', role: 'Amina Yusuf', signIn: 'password', auditKeyFile: keyFile });
    expect(() => readTeamConfig(folder)).toThrow(/role: A database role name/);
    writeConfig(folder, { host: '/var/run/postgresql', database: 'crossings', role: 'amina', signIn: 'password', auditKeyFile: keyFile, password: 'never here' });
    expect(() => readTeamConfig(folder)).toThrow(/password/);
  });

  it('needs the worker’s password from the keychain to sign in with one', () => {
    const config = { host: '/var/run/postgresql', port: 5432, database: 'crossings', role: 'amina', signIn: 'password' as const, auditKeyFile: keyFile };
    expect(() => connectionFromConfig(config, null)).toThrow(/password for the team records has not been set on this computer/);
  });

  it('reaches the team records over verified TLS and reads who the worker is there', async () => {
    const { caFile, host, port } = db.cluster;
    const folder = tempFolder();
    writeConfig(folder, {
      host: caFile ? host : db.cluster.socketDir,
      port,
      database: db.database,
      role: worker.role,
      signIn: 'password',
      ...(caFile ? { caFile } : {}),
      auditKeyFile: keyFile,
    });
    const config = readTeamConfig(folder)!;
    const team = await connectTeamMode(connectionFromConfig(config, worker.password), readTeamAuditKey(config.auditKeyFile));
    try {
      expect(team.workerName).toBe('Grace Mensah');
    } finally {
      await team.close();
    }
    // A wrong password is refused in words, and nothing stays connected.
    await expect(connectTeamMode(connectionFromConfig(config, 'wrong'), readTeamAuditKey(config.auditKeyFile))).rejects.toMatchObject({ code: 'STORAGE' });
  });
});

describe('team mode in browser mode (CROSSINGS_DATABASE_URL)', () => {
  it('reads the address, with the certificate authority from its file, and refuses what is not a database address', () => {
    const ca = path.join(tempFolder(), 'ca.pem');
    fs.writeFileSync(ca, '-----BEGIN CERTIFICATE-----\nfictional\n-----END CERTIFICATE-----\n');
    expect(parseDatabaseUrl(`postgresql://amina.yusuf:s%40cret@db.example.gov.uk:6432/crossings?sslrootcert=${ca}&team=Duty`)).toEqual({
      settings: { host: 'db.example.gov.uk', port: 6432, database: 'crossings', user: 'amina.yusuf', password: 's@cret', ca: fs.readFileSync(ca, 'utf8'), workerName: 'amina.yusuf' },
      team: 'Duty',
    });
    expect(parseDatabaseUrl('postgresql://amina@/crossings?host=/var/run/postgresql', undefined).settings).toMatchObject({ host: '/var/run/postgresql', user: 'amina' });
    expect(() => parseDatabaseUrl('https://example.gov.uk/')).toThrow(/must start postgresql:\/\//);
    expect(() => parseDatabaseUrl('postgresql://db.example.gov.uk/crossings')).toThrow(/names no worker role/);
    expect(() => parseDatabaseUrl('postgresql://amina@db.example.gov.uk/crossings?sslrootcert=/no/such/file')).toThrow(/cannot be read/);
  });

  it('takes the audit key only from a file its owner alone can read', () => {
    const folder = tempFolder();
    const open = path.join(folder, 'open.key');
    fs.writeFileSync(open, db.auditKey.toString('base64'), { mode: 0o644 });
    fs.chmodSync(open, 0o644);
    expect(() => readTeamAuditKey(open)).toThrow(/can be read by other accounts/);
    const short = path.join(folder, 'short.key');
    fs.writeFileSync(short, 'c2hvcnQ=', { mode: 0o600 });
    expect(() => readTeamAuditKey(short)).toThrow(/32-byte key/);
    expect(() => readTeamAuditKey(undefined)).toThrow(/CROSSINGS_TEAM_AUDIT_KEY_FILE/);
    expect(readTeamAuditKey(keyFile).equals(db.auditKey)).toBe(true);
  });
});
