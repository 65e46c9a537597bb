import fs from 'node:fs';
import path from 'node:path';

const projectRoot = path.resolve(__dirname, '..', '..');

/**
 * Where the Electron binary is, or why there is none. On machines without internet access the binary cannot be
 * downloaded (package.json keeps Electron's download script off so `npm ci` works there).
 */
export function electronBinary(): { path: string } | { missing: string } {
  const packageDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!fs.existsSync(pathFile)) {
    return {
      missing:
        'No Electron binary on this machine (node_modules/electron/path.txt is absent: its download is switched off or had no internet). ' +
        'The same journeys run in Chromium through browser mode (tests/e2e).',
    };
  }
  const binary = path.join(packageDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? { path: binary } : { missing: `The Electron binary named in path.txt is missing: ${binary}` };
}
