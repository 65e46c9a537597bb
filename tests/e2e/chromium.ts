import fs from 'node:fs';

/** Debian's Chromium, never a downloaded browser: this machine and CI reach no browser download site. */
export function chromiumPath(): string {
  const candidates = [process.env.CROSSINGS_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error('Chromium is not installed. On Debian or Ubuntu run: sudo apt-get install chromium (or set CROSSINGS_CHROMIUM).');
  }
  return found;
}

export function chromiumLaunchOptions() {
  return {
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  };
}
