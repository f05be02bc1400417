/**
 * Which Chromium-based browser `npm start` (and the e2e harness) drives. Nothing here may download a
 * browser: CHROME_PATH, else a browser installed where its own installer puts it.
 *
 * Unbranded Chromium and Chrome for Testing come first: since Chrome 137 the branded Google Chrome
 * and Microsoft Edge builds ignore `--load-extension`, so they open without LiveGuard. They are
 * still found (last), flagged `branded`, so the start script can say what to do instead.
 */
import { posix, win32 } from 'node:path';
import type { Host } from './host';

export interface BrowserCandidate {
  path: string;
  /** Google Chrome / Microsoft Edge: `--load-extension` ignored since version 137 */
  branded: boolean;
}
export interface FoundBrowser extends BrowserCandidate {
  source: 'CHROME_PATH' | 'installed';
}

const chromium = (path: string): BrowserCandidate => ({ path, branded: false });
const branded = (path: string): BrowserCandidate => ({ path, branded: true });

/** Where each platform's installers put a Chromium-based browser, best first. */
export function browserCandidates(host: Pick<Host, 'platform' | 'env'>): BrowserCandidate[] {
  const { platform, env } = host;
  if (platform === 'darwin') {
    const apps = ['/Applications', posix.join(env.HOME ?? '~', 'Applications')];
    const app = (name: string, exe = name) => apps.map((dir) => posix.join(dir, `${name}.app`, 'Contents', 'MacOS', exe));
    return [
      ...app('Chromium').map(chromium),
      ...app('Google Chrome for Testing').map(chromium),
      ...app('Google Chrome').map(branded),
      ...app('Microsoft Edge').map(branded),
    ];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((r): r is string => !!r);
    const under = (...rel: string[]) => roots.map((root) => win32.join(root, ...rel));
    return [
      ...under('Chromium', 'Application', 'chrome.exe').map(chromium),
      ...under('Google', 'Chrome for Testing', 'Application', 'chrome.exe').map(chromium),
      ...under('Google', 'Chrome', 'Application', 'chrome.exe').map(branded),
      ...under('Microsoft', 'Edge', 'Application', 'msedge.exe').map(branded),
    ];
  }
  // Linux and the BSDs: Debian `chromium`, Fedora/Ubuntu `chromium-browser`, Ubuntu's snap, Arch `chromium`
  return [
    chromium('/usr/bin/chromium'),
    chromium('/usr/bin/chromium-browser'),
    chromium('/snap/bin/chromium'),
    chromium('/usr/local/bin/chromium'),
    branded('/usr/bin/google-chrome-stable'),
    branded('/usr/bin/google-chrome'),
    branded('/usr/bin/microsoft-edge'),
  ];
}

export class ChromePathMissing extends Error {}

/**
 * CHROME_PATH when set (an error when it names nothing: the user asked for that browser), else the
 * first installed candidate, else null.
 */
export function findBrowser(host: Pick<Host, 'platform' | 'env' | 'exists'>): FoundBrowser | null {
  const forced = host.env.CHROME_PATH;
  if (forced) {
    if (!host.exists(forced)) throw new ChromePathMissing(`CHROME_PATH is set to ${forced}, but there is no file there`);
    return { path: forced, branded: /google chrome(?! for testing)|google-chrome|msedge|microsoft.edge/i.test(forced), source: 'CHROME_PATH' };
  }
  const found = browserCandidates(host).find((c) => host.exists(c.path));
  return found ? { ...found, source: 'installed' } : null;
}
