import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../fixtures/core';

/**
 * `npm start` where the Electron binary is missing and cannot be downloaded: it must say what is missing and point
 * to browser mode. The download is sent to a closed local port (and given 20 seconds), so the test never waits on
 * the network and never writes an Electron binary into node_modules.
 */

const projectRoot = path.resolve(__dirname, '..', '..', '..');
const electronDir = path.join(projectRoot, 'node_modules', 'electron');
const pathFile = path.join(electronDir, 'path.txt');
const hasElectronBinary =
  fs.existsSync(pathFile) && fs.existsSync(path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim()));

describe('npm start without the Electron binary', () => {
  it.skipIf(hasElectronBinary)('says the Electron binary is missing and points to npm run start:web', () => {
    const cache = tempFolder();
    const run = spawnSync('npm', ['start', '--silent'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: cache,
        ELECTRON_GET_NO_PROGRESS: '1',
        CROSSINGS_ELECTRON_DOWNLOAD_TIMEOUT_MS: '20000',
      },
      timeout: 60_000,
    });
    fs.rmSync(cache, { recursive: true, force: true });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the Electron binary');
    expect(run.stderr).toContain('is not on this computer');
    expect(run.stderr).toContain('could not be downloaded');
    expect(run.stderr).toMatch(/Run Crossings in your browser instead: +npm run start:web/);
  });
});
