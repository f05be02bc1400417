// npm start's browser discovery (scripts/lib/browser-discovery.ts) on every platform, from any
// platform: the file system is a set of paths the test says exist.
import { describe, expect, it } from 'vitest';
import { browserCandidates, ChromePathMissing, findBrowser } from '../../../scripts/lib/browser-discovery';

const on = (platform: NodeJS.Platform, files: string[], env: Record<string, string> = {}) => ({
  platform,
  env,
  exists: (p: string) => files.includes(p),
});

const WIN_ENV = { LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' };

describe('findBrowser', () => {
  it.each([
    ['Debian', '/usr/bin/chromium'],
    ['Fedora / Ubuntu deb', '/usr/bin/chromium-browser'],
    ['Ubuntu snap', '/snap/bin/chromium'],
  ])('Linux (%s): finds Chromium at %s', (_name, path) => {
    expect(findBrowser(on('linux', [path]))).toEqual({ path, branded: false, source: 'installed' });
  });

  it('Linux: prefers Chromium to an installed Google Chrome, and flags Chrome as branded when it is all there is', () => {
    expect(findBrowser(on('linux', ['/usr/bin/google-chrome', '/usr/bin/chromium']))?.path).toBe('/usr/bin/chromium');
    expect(findBrowser(on('linux', ['/usr/bin/google-chrome']))).toEqual({ path: '/usr/bin/google-chrome', branded: true, source: 'installed' });
  });

  it('macOS: Chromium.app in /Applications or ~/Applications, then Chrome for Testing, then (branded) Google Chrome', () => {
    const home = { HOME: '/Users/li' };
    expect(findBrowser(on('darwin', ['/Applications/Chromium.app/Contents/MacOS/Chromium'], home))?.path).toBe('/Applications/Chromium.app/Contents/MacOS/Chromium');
    expect(findBrowser(on('darwin', ['/Users/li/Applications/Chromium.app/Contents/MacOS/Chromium'], home))?.path).toBe('/Users/li/Applications/Chromium.app/Contents/MacOS/Chromium');
    const cft = '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser(on('darwin', [chrome, cft], home))).toEqual({ path: cft, branded: false, source: 'installed' });
    expect(findBrowser(on('darwin', [chrome], home))).toEqual({ path: chrome, branded: true, source: 'installed' });
  });

  it('Windows: per-user Chromium (winget), then Program Files, then branded Chrome and Edge', () => {
    const user = 'C:\\Users\\li\\AppData\\Local\\Chromium\\Application\\chrome.exe';
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser(on('win32', [chrome, user], WIN_ENV))).toEqual({ path: user, branded: false, source: 'installed' });
    expect(findBrowser(on('win32', ['C:\\Program Files\\Chromium\\Application\\chrome.exe'], WIN_ENV))?.path).toBe('C:\\Program Files\\Chromium\\Application\\chrome.exe');
    expect(findBrowser(on('win32', [edge, chrome], WIN_ENV))).toEqual({ path: chrome, branded: true, source: 'installed' });
    expect(findBrowser(on('win32', [edge], WIN_ENV))).toEqual({ path: edge, branded: true, source: 'installed' });
  });

  it('Windows without LOCALAPPDATA / PROGRAMFILES looks nowhere odd', () => {
    expect(browserCandidates({ platform: 'win32', env: {} })).toEqual([]);
  });

  it('returns null when nothing is installed', () => {
    for (const p of ['linux', 'darwin', 'win32'] as const) expect(findBrowser(on(p, [], WIN_ENV))).toBeNull();
  });

  it('CHROME_PATH wins over everything, and is an error when it names no file', () => {
    expect(findBrowser(on('linux', ['/opt/cr/chrome', '/usr/bin/chromium'], { CHROME_PATH: '/opt/cr/chrome' }))).toEqual({ path: '/opt/cr/chrome', branded: false, source: 'CHROME_PATH' });
    expect(() => findBrowser(on('linux', ['/usr/bin/chromium'], { CHROME_PATH: '/nope/chrome' }))).toThrow(ChromePathMissing);
    expect(() => findBrowser(on('linux', ['/usr/bin/chromium'], { CHROME_PATH: '/nope/chrome' }))).toThrow('/nope/chrome');
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser(on('darwin', [chrome], { CHROME_PATH: chrome }))?.branded).toBe(true);
  });
});
