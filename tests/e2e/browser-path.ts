import { existsSync } from 'node:fs';

/** Chromium to drive: CHROME_PATH, else Debian's package (nothing here may download a browser). */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) {
    throw new Error('Chromium not found. Install it with: sudo apt-get install -y chromium  (or set CHROME_PATH)');
  }
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // the extension's UI language follows the browser's; Chinese users come first
  '--lang=zh-CN',
];
