// What npm start does without a browser (scripts/lib/browser-install.ts): install it itself on
// Debian/Ubuntu where it may act without a password prompt, otherwise say the command.
import { describe, expect, it } from 'vitest';
import { autoInstallPlan, brandedBrowserWarning, installCommand, noBrowserMessage } from '../../../scripts/lib/browser-install';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu\nID_LIKE=debian\n';
const MINT = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';
const ROCKY = 'NAME="Rocky Linux"\nID="rocky"\nID_LIKE="rhel centos fedora"\n';
const ARCH = 'NAME="Arch Linux"\nID=arch\n';
const MANJARO = 'NAME="Manjaro Linux"\nID=manjaro\nID_LIKE=arch\n';
const ALPINE = 'NAME="Alpine Linux"\nID=alpine\n';

const linux = (osRelease: string, isRoot: boolean) => ({ platform: 'linux' as const, osRelease, isRoot });

describe('autoInstallPlan', () => {
  it('Debian as root: apt-get install chromium (with the Chinese UI pack), no sudo', () => {
    expect(autoInstallPlan(linux(DEBIAN, true), false)).toEqual({
      argv: ['apt-get', 'install', '-y', 'chromium', 'chromium-l10n'],
      refresh: ['apt-get', 'update'],
    });
  });
  it('Debian as a user with passwordless sudo: sudo -n (never a prompt that would hang)', () => {
    expect(autoInstallPlan(linux(DEBIAN, false), true)).toEqual({
      argv: ['sudo', '-n', 'apt-get', 'install', '-y', 'chromium', 'chromium-l10n'],
      refresh: ['sudo', '-n', 'apt-get', 'update'],
    });
  });
  it('Debian as a user whose sudo asks for a password: nothing runs', () => {
    expect(autoInstallPlan(linux(DEBIAN, false), false)).toBeNull();
  });
  it('Ubuntu and its derivatives: the chromium-browser package', () => {
    expect(autoInstallPlan(linux(UBUNTU, true), false)?.argv).toEqual(['apt-get', 'install', '-y', 'chromium-browser']);
    expect(autoInstallPlan(linux(MINT, false), true)?.argv).toEqual(['sudo', '-n', 'apt-get', 'install', '-y', 'chromium-browser']);
  });
  it('never installs on Fedora, Arch, other Linux, macOS or Windows, root or not', () => {
    for (const os of [FEDORA, ARCH, ALPINE, '']) expect(autoInstallPlan(linux(os, true), true)).toBeNull();
    expect(autoInstallPlan({ platform: 'darwin', osRelease: '', isRoot: true }, true)).toBeNull();
    expect(autoInstallPlan({ platform: 'win32', osRelease: '', isRoot: false }, true)).toBeNull();
  });
});

describe('installCommand / noBrowserMessage', () => {
  it.each([
    [DEBIAN, 'sudo apt-get install -y chromium chromium-l10n'],
    [UBUNTU, 'sudo snap install chromium'],
    [MINT, 'sudo snap install chromium'],
    [FEDORA, 'sudo dnf install -y chromium'],
    [ROCKY, 'sudo dnf install -y chromium'],
    [ARCH, 'sudo pacman -S --needed chromium'],
    [MANJARO, 'sudo pacman -S --needed chromium'],
  ])('Linux %#: %s', (os, cmd) => {
    expect(installCommand({ platform: 'linux', osRelease: os })).toBe(cmd);
  });
  it('macOS: Homebrew Chromium; Windows: winget', () => {
    expect(installCommand({ platform: 'darwin', osRelease: '' })).toBe('brew install --cask chromium');
    expect(installCommand({ platform: 'win32', osRelease: '' })).toBe('winget install --id Hibbiki.Chromium');
  });
  it('the message names the command and CHROME_PATH in the shell syntax of the system', () => {
    const linuxMsg = noBrowserMessage({ platform: 'linux', osRelease: FEDORA });
    expect(linuxMsg).toContain('sudo dnf install -y chromium');
    expect(linuxMsg).toContain('CHROME_PATH=/path/to/chromium npm start');
    const win = noBrowserMessage({ platform: 'win32', osRelease: '' });
    expect(win).toContain('winget install');
    expect(win).toContain('$env:CHROME_PATH=');
    const mac = noBrowserMessage({ platform: 'darwin', osRelease: '' });
    expect(mac).toContain('brew install --cask chromium');
    expect(mac).toContain('CHROME_PATH="/Applications/Chromium.app/Contents/MacOS/Chromium" npm start');
    expect(noBrowserMessage({ platform: 'linux', osRelease: ALPINE })).toContain("your distribution's package manager");
  });
  it('a branded Chrome gets a warning with the way out', () => {
    const w = brandedBrowserWarning('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', { platform: 'darwin', osRelease: '' });
    expect(w).toContain('--load-extension');
    expect(w).toContain('brew install --cask chromium');
    expect(w).toContain('Load unpacked');
  });
});
