// `npm start`: runs the desktop app with Electron Forge. Electron's binary is downloaded on first start (its install
// script is switched off so that `npm ci` works on machines without internet access).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');

function hasBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  return fs.existsSync(pathFile) && fs.existsSync(path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim()));
}

/** How long a first download may take before `npm start` gives up (a slow line still fits; a silent firewall does not hang). */
const downloadTimeoutMs = Number(process.env.CROSSINGS_ELECTRON_DOWNLOAD_TIMEOUT_MS) || 10 * 60_000;

if (!hasBinary()) {
  console.log('Downloading Electron for this computer (first start only)…');
  const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    timeout: downloadTimeoutMs,
  });
  if (install.status !== 0 || !hasBinary()) {
    const said =
      install.error?.code === 'ETIMEDOUT'
        ? `no answer in ${Math.round(downloadTimeoutMs / 1000)} seconds`
        : (install.stderr ?? '').trim().split('\n')[0];
    console.error(
      '\nThe desktop app cannot start: the Electron binary (the program Crossings runs inside, about 100 MB) is not on this computer,\n' +
        `and it could not be downloaded${said ? ` (${said})` : ''}. npm start downloads it into node_modules/electron on its first start.\n\n` +
        'Run Crossings in your browser instead:  npm run start:web\n',
    );
    process.exit(1);
  }
}

const forge = path.join(root, 'node_modules', '@electron-forge', 'cli', 'dist', 'electron-forge.js');
const result = spawnSync(process.execPath, [forge, 'start', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
