// A throwaway PostgreSQL cluster for the team store's tests, its schema check and its benchmark.
//
//   node scripts/postgres-cluster.mjs check           says which PostgreSQL it would use (installing it when missing, as root)
//   node scripts/postgres-cluster.mjs run -- CMD ...  starts a cluster, runs CMD with CROSSINGS_TEST_POSTGRES set (JSON:
//                                                     socketDir, port, superuser), stops the cluster and removes it
//
// The cluster: `initdb` in a new temporary folder, run as a user that is not root (PostgreSQL refuses root: the
// `postgres` account Debian's package makes, else one made here with useradd, else `nobody`), listening on a Unix
// socket in that folder and on 127.0.0.1 only, on a free port. Local socket connections are trusted (only the cluster's
// own folder reaches them) for the bootstrap superuser only; every other role signs in with a SCRAM password, over the
// socket or over TLS on 127.0.0.1 (a certificate made here with openssl). Removed when stopped, and when the
// process that started it exits.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bootstrap superuser of a test cluster: used only to create the roles and databases a test needs. */
export const SUPERUSER = 'crossings_admin';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

export class PostgresMissingError extends Error {
  constructor() {
    super(
      'The team store tests need PostgreSQL 15 or later (its server programs initdb and postgres). ' +
        'On Debian or Ubuntu: sudo apt-get install postgresql. On Fedora: sudo dnf install postgresql-server. ' +
        'On macOS: brew install postgresql@16. Elsewhere install the PostgreSQL server and set CROSSINGS_POSTGRES_BIN ' +
        'to the folder holding initdb and postgres.',
    );
    this.name = 'PostgresMissingError';
  }
}

function versionOf(folder) {
  const probe = spawnSync(path.join(folder, 'postgres'), ['--version'], { encoding: 'utf8' });
  const match = /(\d+)(?:\.(\d+))?/.exec(probe.stdout ?? '');
  return probe.status === 0 && match ? Number(match[1]) : 0;
}

/** The folder holding initdb and postgres, newest first: CROSSINGS_POSTGRES_BIN, Debian's layout, pg_config, PATH. */
export function findPostgresBin() {
  const candidates = [];
  if (process.env.CROSSINGS_POSTGRES_BIN) candidates.push(process.env.CROSSINGS_POSTGRES_BIN);
  const debian = '/usr/lib/postgresql';
  if (fs.existsSync(debian)) {
    for (const version of fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(debian, version, 'bin'));
  }
  const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (pgConfig.status === 0) candidates.push(pgConfig.stdout.trim());
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  if (onPath.status === 0) candidates.push(path.dirname(onPath.stdout.trim()));
  return candidates.find((folder) => fs.existsSync(path.join(folder, 'initdb')) && versionOf(folder) >= 15) ?? null;
}

/** The server programs' folder, installing Debian's postgresql with apt-get when missing and running as root. */
export function ensurePostgres({ log = console.log } = {}) {
  const found = findPostgresBin();
  if (found) return found;
  if (isRoot() && has('apt-get')) {
    log('Installing postgresql with apt-get (for the team store tests)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const install = () => spawnSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'inherit', env }).status === 0;
    if (!install()) {
      spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      install();
    }
    const installed = findPostgresBin();
    if (installed) return installed;
  }
  throw new PostgresMissingError();
}

/** The account the server runs as: this one when it is not root; otherwise `postgres`, one made here, or `nobody`. */
function serverAccount() {
  if (!isRoot()) return null;
  const lookup = (name) => {
    const result = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    if (result.status !== 0) return null;
    const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    return { name, uid: Number(result.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  const existing = lookup('postgres') ?? lookup('crossings-pg');
  if (existing) return existing;
  if (has('useradd')) {
    spawnSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'crossings-pg'], { stdio: 'ignore' });
    const made = lookup('crossings-pg');
    if (made) return made;
  }
  const nobody = lookup('nobody');
  if (nobody) return nobody;
  throw new Error('PostgreSQL will not run as root, and no other account was found or could be made to run it as.');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a new cluster. `durable: false` (the tests) turns off fsync and synchronous commit, which only matter when
 * the computer loses power; the benchmark keeps them on. Answers where it listens and how to stop it.
 */
export async function startCluster({ durable = false, log = () => {} } = {}) {
  const bin = ensurePostgres({ log });
  const account = serverAccount();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'crossings-pg-'));
  const data = path.join(folder, 'data');
  const owned = account ? { uid: account.uid, gid: account.gid } : {};
  if (account) fs.chownSync(folder, account.uid, account.gid);
  fs.chmodSync(folder, 0o700);
  const env = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8', HOME: folder };
  const removeFolder = () => fs.rmSync(folder, { recursive: true, force: true });

  const init = spawnSync(
    path.join(bin, 'initdb'),
    ['-D', data, '-U', SUPERUSER, '--auth-local=trust', '--auth-host=scram-sha-256', '--encoding=UTF8', '--locale=C.UTF-8', '--no-instructions'],
    { cwd: folder, env, encoding: 'utf8', ...owned },
  );
  if (init.status !== 0) {
    removeFolder();
    throw new Error(`initdb could not make a test cluster:\n${init.stderr || init.stdout}`);
  }

  // Sockets in the cluster's own folder; network connections only over TLS, with a certificate for 127.0.0.1 made
  // here (its own CA: clients verify against it), unless openssl is missing.
  let caFile = null;
  if (has('openssl')) {
    const made = spawnSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
        '-keyout', path.join(data, 'server.key'), '-out', path.join(data, 'server.crt')],
      { encoding: 'utf8' },
    );
    if (made.status === 0) {
      caFile = path.join(folder, 'ca.crt');
      fs.copyFileSync(path.join(data, 'server.crt'), caFile);
      fs.chmodSync(path.join(data, 'server.key'), 0o600);
      if (account) for (const file of ['server.key', 'server.crt']) fs.chownSync(path.join(data, file), account.uid, account.gid);
    }
  }
  fs.writeFileSync(
    path.join(data, 'pg_hba.conf'),
    [
      `local all ${SUPERUSER} trust`,
      'local all all scram-sha-256',
      `${caFile ? 'hostssl' : 'host'} all all 127.0.0.1/32 scram-sha-256`,
      '',
    ].join('\n'),
  );
  if (account) fs.chownSync(path.join(data, 'pg_hba.conf'), account.uid, account.gid);

  const settings = [
    ...(caFile ? ['ssl=on', 'ssl_cert_file=server.crt', 'ssl_key_file=server.key'] : []),
    `listen_addresses=127.0.0.1`,
    `unix_socket_directories=${folder}`,
    'max_connections=120',
    'shared_buffers=128MB',
    ...(durable ? [] : ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off']),
  ];
  let server;
  let port;
  /** Starts the server on `wanted` (or a free port), waiting until it accepts connections. */
  const launch = async (wanted) => {
    const logFile = fs.openSync(path.join(folder, 'server.log'), 'a');
    if (account) fs.fchownSync(logFile, account.uid, account.gid);
    server = spawn(path.join(bin, 'postgres'), ['-D', data, '-p', String(wanted), ...settings.flatMap((s) => ['-c', s])], {
      cwd: folder,
      env,
      stdio: ['ignore', logFile, logFile],
      ...owned,
    });
    fs.closeSync(logFile);
    const exited = new Promise((resolve) => server.once('exit', () => resolve('exited')));
    const ready = (async () => {
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        const probe = spawnSync(path.join(bin, 'pg_isready'), ['-h', folder, '-p', String(wanted), '-U', SUPERUSER, '-d', 'postgres', '-q']);
        if (probe.status === 0) return 'ready';
        await sleep(100);
      }
      return 'timeout';
    })();
    const outcome = await Promise.race([ready, exited]);
    if (outcome === 'ready') return true;
    server.kill('SIGQUIT');
    return false;
  };
  /** Fast shutdown of the server (open sessions are ended); the cluster's files stay. */
  const halt = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGINT');
    const timer = setTimeout(() => server.kill('SIGQUIT'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  for (let attempt = 1; ; attempt += 1) {
    port = await freePort();
    if (await launch(port)) break;
    const text = fs.readFileSync(path.join(folder, 'server.log'), 'utf8');
    if (attempt >= 3 || !/could not bind|Address already in use/.test(text)) {
      removeFolder();
      throw new Error(`The test PostgreSQL server did not start:\n${text.slice(-2000)}`);
    }
  }

  let stopped = false;
  const onExit = () => {
    if (stopped) return;
    stopped = true;
    server.kill('SIGQUIT');
    removeFolder();
  };
  process.once('exit', onExit);
  // Stopped by a signal (Ctrl+C, a timeout): the server and the folder go too, then the signal does what it would have.
  const onSignal = (signal) => {
    onExit();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  log(`PostgreSQL ${versionOf(bin)} test cluster on 127.0.0.1:${port} and ${folder} (as ${account?.name ?? os.userInfo().username})`);

  return {
    bin,
    folder,
    socketDir: folder,
    host: '127.0.0.1',
    port,
    superuser: SUPERUSER,
    /** The certificate to verify the server's TLS against on 127.0.0.1 (null when openssl was missing: no TLS). */
    caFile,
    /** Stops the server as if it had gone down (for tests of a server that cannot be reached); its files stay. */
    async pause() {
      await halt();
    },
    /** Starts it again on the same port after pause(). */
    async resume() {
      if (!(await launch(port))) throw new Error('The test PostgreSQL server did not start again.');
    },
    /** Fast shutdown (open sessions are ended), then the folder goes. */
    async stop() {
      if (stopped) return;
      stopped = true;
      process.removeListener('exit', onExit);
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      await halt();
      removeFolder();
    },
  };
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === 'check') {
    try {
      const bin = ensurePostgres();
      console.log(`PostgreSQL ${versionOf(bin)} found in ${bin}.`);
      return 0;
    } catch (error) {
      console.error(error.message);
      return 1;
    }
  }
  if (command === 'run') {
    const args = rest[0] === '--' ? rest.slice(1) : rest;
    if (args.length === 0) {
      console.error('Usage: node scripts/postgres-cluster.mjs run -- COMMAND [ARGS...]');
      return 2;
    }
    let cluster;
    try {
      cluster = await startCluster({ durable: process.env.CROSSINGS_POSTGRES_DURABLE === '1', log: console.log });
    } catch (error) {
      console.error(error.message);
      return 1;
    }
    const shared = JSON.stringify({ socketDir: cluster.socketDir, host: cluster.host, port: cluster.port, superuser: cluster.superuser, caFile: cluster.caFile });
    const child = spawn(args[0], args.slice(1), { stdio: 'inherit', env: { ...process.env, CROSSINGS_TEST_POSTGRES: shared } });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    const status = await new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
    await cluster.stop();
    return status;
  }
  console.error('Usage: node scripts/postgres-cluster.mjs check | run -- COMMAND [ARGS...]');
  return 2;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((status) => {
    process.exitCode = status;
  });
}
