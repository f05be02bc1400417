import { findBrowser } from '../../scripts/lib/browser-discovery';
import { noBrowserMessage } from '../../scripts/lib/browser-install';
import { currentHost } from '../../scripts/lib/host';

/** Chromium to drive: the same discovery as `npm start` (CHROME_PATH, else an installed Chromium; nothing here may download a browser). */
export function chromiumPath(): string {
  const host = currentHost();
  const found = findBrowser(host);
  if (!found) throw new Error(noBrowserMessage(host));
  return found.path;
}

/**
 * The test harness's flags (not the product's: `npm start` uses scripts/lib/browser-launch.ts).
 * Tests run headless as root in CI, where Chromium needs --no-sandbox; --disable-gpu keeps
 * screenshots the same on machines with and without a GPU.
 */
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
