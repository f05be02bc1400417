/**
 * What `npm start` does when no Chromium is found: on Debian/Ubuntu, where it may act (root, or
 * sudo without a password), it installs one itself after saying so; everywhere else it prints the
 * command for the system it runs on and how to point it at a browser with CHROME_PATH.
 */
import { linuxFamily, type Host } from './host';

export interface InstallPlan {
  /** the command, shown to the user before it runs */
  argv: string[];
  /** `apt-get update` first when the install finds no package (a fresh image has empty lists) */
  refresh: string[];
}

/** Debian's `chromium-l10n` gives Chromium, and so the extension, its Chinese UI (zh-CN users first). */
const APT_PACKAGES: Record<'debian' | 'ubuntu', string[]> = {
  debian: ['chromium', 'chromium-l10n'],
  // Ubuntu's Chromium deb is a transitional package that installs the snap (/snap/bin/chromium)
  ubuntu: ['chromium-browser'],
};

/**
 * The install `npm start` may run by itself, or null. `sudoWithoutPassword` is whether
 * `sudo -n true` succeeded: a password prompt would hang a script, so it is never asked for.
 */
export function autoInstallPlan(host: Pick<Host, 'platform' | 'osRelease' | 'isRoot'>, sudoWithoutPassword: boolean): InstallPlan | null {
  if (host.platform !== 'linux') return null;
  const family = linuxFamily(host.osRelease);
  if (family !== 'debian' && family !== 'ubuntu') return null;
  const prefix = host.isRoot ? [] : sudoWithoutPassword ? ['sudo', '-n'] : null;
  if (!prefix) return null;
  return {
    argv: [...prefix, 'apt-get', 'install', '-y', ...APT_PACKAGES[family]],
    refresh: [...prefix, 'apt-get', 'update'],
  };
}

/** The command a person types on this system to get a Chromium that loads unpacked extensions. */
export function installCommand(host: Pick<Host, 'platform' | 'osRelease'>): string {
  if (host.platform === 'darwin') return 'brew install --cask chromium';
  if (host.platform === 'win32') return 'winget install --id Hibbiki.Chromium';
  switch (linuxFamily(host.osRelease)) {
    case 'debian':
      return `sudo apt-get install -y ${APT_PACKAGES.debian.join(' ')}`;
    case 'ubuntu':
      return 'sudo snap install chromium';
    case 'fedora':
      return 'sudo dnf install -y chromium';
    case 'arch':
      return 'sudo pacman -S --needed chromium';
    default:
      return "install Chromium with your distribution's package manager";
  }
}

/** How to name a browser by hand, in the syntax of this system's shell. */
export function chromePathExample(host: Pick<Host, 'platform'>): string {
  if (host.platform === 'win32') return '$env:CHROME_PATH="C:\\path\\to\\chrome.exe"; npm start   (PowerShell; cmd: set CHROME_PATH=C:\\path\\to\\chrome.exe && npm start)';
  if (host.platform === 'darwin') return 'CHROME_PATH="/Applications/Chromium.app/Contents/MacOS/Chromium" npm start';
  return 'CHROME_PATH=/path/to/chromium npm start';
}

/** The message when no browser is found and none was installed. */
export function noBrowserMessage(host: Pick<Host, 'platform' | 'osRelease'>): string {
  return [
    'No Chromium found. LiveGuard\'s demo needs Chromium (or Chrome for Testing): Google Chrome and Edge 137+ ignore --load-extension.',
    `  install it:      ${installCommand(host)}`,
    `  or name one:     ${chromePathExample(host)}`,
  ].join('\n');
}

/** The warning when the only browser found is a branded Chrome/Edge. */
export function brandedBrowserWarning(path: string, host: Pick<Host, 'platform' | 'osRelease'>): string {
  return [
    `${path} is a branded Google Chrome / Microsoft Edge: since version 137 it ignores --load-extension, so LiveGuard may not load.`,
    `  for the demo install Chromium:  ${installCommand(host)}`,
    '  or load .output-demo/chrome-mv3 by hand: chrome://extensions → Developer mode → Load unpacked.',
  ].join('\n');
}
