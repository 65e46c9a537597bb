import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { browserDataFolder, openCore, workerName } from './core';
import { startWebHost } from './web-host';
import { AppError } from '../domain/errors';

/** `npm run start:web`: builds the renderer if it is missing or out of date, then serves the app on 127.0.0.1. */

const projectRoot = path.resolve(__dirname, '..');
const rendererOut = path.join(projectRoot, 'dist', 'renderer');

function newestChange(folders: string[]): number {
  let newest = 0;
  const visit = (entry: string) => {
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const folder of folders) if (fs.existsSync(folder)) visit(folder);
  return newest;
}

function buildRendererIfNeeded(): void {
  const index = path.join(rendererOut, 'index.html');
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  if (built >= newestChange([path.join(projectRoot, 'renderer'), path.join(projectRoot, 'domain')])) return;
  console.log('Building the Crossings pages…');
  execFileSync(process.execPath, [require.resolve('vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.mts', '--logLevel', 'warn'], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
}

async function main(): Promise<void> {
  const portArgument = process.argv.indexOf('--port');
  const port = portArgument >= 0 ? Number(process.argv[portArgument + 1]) : 0;
  if (!process.argv.includes('--no-build')) buildRendererIfNeeded();
  const dataFolder = browserDataFolder();
  const version = (JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const core = openCore({ dataFolder, mode: 'browser', version });
  const host = await startWebHost({
    dispatch: core.dispatch,
    staticDir: rendererOut,
    worker: workerName(),
    port,
    onCspViolation: (report) => console.warn('CSP violation reported by the page:', JSON.stringify(report)),
  });
  console.log(`Crossings is running in browser mode. Case records are kept in ${dataFolder}`);
  console.log('Open this address in your browser (it works only on this computer, until Crossings stops):');
  console.log(`CROSSINGS_URL=${host.url}`);
  const stop = () => {
    void host.close().then(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof AppError) console.error(error.message);
  else console.error('Crossings could not start:', error);
  process.exit(1);
});
