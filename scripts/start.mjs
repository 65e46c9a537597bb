// `npm start`: runs the desktop app with Electron Forge. Electron's binary is downloaded on first start (its install
// script is switched off so that `npm ci` works on machines without internet access).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');

function hasBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  return fs.existsSync(pathFile) && fs.existsSync(path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim()));
}

if (!hasBinary()) {
  console.log('Downloading Electron for this computer (first start only)…');
  try {
    execFileSync(process.execPath, [path.join(electronDir, 'install.js')], { cwd: electronDir, stdio: 'inherit' });
  } catch {
    console.error(
      '\nElectron could not be downloaded, so the desktop app cannot start on this computer.\n' +
        'Run Crossings in your browser instead:  npm run start:web\n',
    );
    process.exit(1);
  }
}

const forge = path.join(root, 'node_modules', '@electron-forge', 'cli', 'dist', 'electron-forge.js');
const result = spawnSync(process.execPath, [forge, 'start', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
