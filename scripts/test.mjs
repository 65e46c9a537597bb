// `npm test`: every test the project has — unit and integration (vitest), end to end in Chromium through browser mode,
// and the Electron journeys (which skip, saying why, where no Electron binary exists) — then one closing line:
// `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });

function run(command, args, options = {}) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  return result.status ?? 1;
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Chromium for the end-to-end tests, poppler-utils and qpdf for reading PDFs back. Installed when missing, as root on Debian. */
function ensureSystemPackages() {
  const needed = [
    ['chromium', 'chromium'],
    ['pdftotext', 'poppler-utils'],
    ['qpdf', 'qpdf'],
  ].filter(([command]) => !has(command) && !(command === 'chromium' && fs.existsSync('/usr/bin/chromium-browser')));
  if (needed.length === 0) return;
  const packages = needed.map(([, pkg]) => pkg);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && has('apt-get')) {
    console.log(`Installing ${packages.join(', ')} with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], { env }) === 0 && run('apt-get', ['install', '-y', '-qq', ...packages], { env }) === 0) return;
  }
  console.error(
    `\nThe tests need ${packages.join(', ')}. On Debian or Ubuntu: sudo apt-get install ${packages.join(' ')}\n` +
      'Elsewhere install Chromium (or set CROSSINGS_CHROMIUM to its path), poppler-utils and qpdf with your package manager.',
  );
  process.exit(1);
}

/** The SQLite addon must be built for Node here (a desktop `npm start` rebuilds it for Electron). */
function ensureNativeModuleForNode() {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3-multiple-ciphers'))(':memory:').close()"], { cwd: root, encoding: 'utf8' });
  if (probe.status === 0) return;
  if (/NODE_MODULE_VERSION|was compiled against a different/.test(probe.stderr)) {
    console.log('Rebuilding the SQLite module for Node (it was last built for Electron)…');
    if (run('npm', ['rebuild', 'better-sqlite3-multiple-ciphers']) === 0) return;
  }
  console.error(probe.stderr);
  process.exit(1);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

ensureSystemPackages();
ensureNativeModuleForNode();

const counts = { passed: 0, failed: 0, skipped: 0 };
let crashed = false;

for (const file of ['vitest.json', 'e2e.json', 'electron.json']) fs.rmSync(path.join(results, file), { force: true });

const vitestStatus = run(process.execPath, [
  path.join(root, 'node_modules', 'vitest', 'vitest.mjs'),
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${path.join(results, 'vitest.json')}`,
]);
const vitest = readJson(path.join(results, 'vitest.json'));
if (vitest) {
  counts.passed += vitest.numPassedTests;
  counts.failed += vitest.numFailedTests;
  counts.skipped += vitest.numPendingTests + vitest.numTodoTests;
  if (vitestStatus !== 0 && vitest.numFailedTests === 0) {
    console.error('vitest failed outside any test (a file could not load).');
    counts.failed += Math.max(1, vitest.numFailedTestSuites ?? 0);
  }
} else crashed = true;

const buildStatus = run(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'renderer/vite.config.mts', '--logLevel', 'error']);
if (buildStatus !== 0) crashed = true;

const playwright = path.join(root, 'node_modules', '@playwright', 'test', 'cli.js');
for (const [config, report] of [
  ['tests/e2e/playwright.config.ts', 'e2e.json'],
  ['tests/electron/playwright.config.ts', 'electron.json'],
]) {
  if (buildStatus !== 0 && report === 'e2e.json') continue;
  run(process.execPath, [playwright, 'test', '--config', config]);
  const json = readJson(path.join(results, report));
  if (!json) {
    crashed = true;
    continue;
  }
  counts.passed += json.stats.expected + json.stats.flaky;
  counts.failed += json.stats.unexpected;
  counts.skipped += json.stats.skipped;
  if (report === 'electron.json' && json.stats.skipped > 0) {
    const reason = JSON.stringify(json).match(/"description":"([^"]*Electron binary[^"]*)"/);
    console.log(`Electron tests skipped: ${reason ? reason[1] : 'no Electron binary on this machine.'}`);
  }
}

if (crashed) {
  console.error('A test run did not complete (see above).');
  counts.failed += counts.failed === 0 ? 1 : 0;
}
fs.writeFileSync(path.join(results, 'summary.json'), JSON.stringify(counts));
console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(counts.failed > 0 ? 1 : 0);
