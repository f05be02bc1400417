/**
 * What `npm start` needs to know about the machine it runs on, gathered in one place so that the
 * decisions made from it (which browser, which flags, how to install one) stay pure and testable
 * for every platform from any platform.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface Host {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** uid 0 on POSIX; Windows has no root */
  isRoot: boolean;
  /** /etc/os-release on Linux, '' elsewhere */
  osRelease: string;
  exists: (path: string) => boolean;
}

export function currentHost(): Host {
  let osRelease = '';
  if (process.platform === 'linux') {
    try {
      osRelease = readFileSync('/etc/os-release', 'utf8');
    } catch {
      /* a Linux without os-release: treated as an unknown distribution */
    }
  }
  return {
    platform: process.platform,
    env: process.env,
    isRoot: process.getuid?.() === 0,
    osRelease,
    exists: existsSync,
  };
}

export type LinuxFamily = 'debian' | 'ubuntu' | 'fedora' | 'arch' | 'other';

/** The distribution family from os-release's ID and ID_LIKE (Mint → ubuntu, Rocky → fedora, Manjaro → arch). */
export function linuxFamily(osRelease: string): LinuxFamily {
  const field = (k: string) => (osRelease.match(new RegExp(`^${k}="?([^"\\n]*)"?`, 'm'))?.[1] ?? '').toLowerCase();
  const ids = [field('ID'), ...field('ID_LIKE').split(/\s+/)].filter(Boolean);
  if (ids.includes('ubuntu')) return 'ubuntu';
  if (ids.includes('debian')) return 'debian';
  if (ids.some((i) => ['fedora', 'rhel', 'centos'].includes(i))) return 'fedora';
  if (ids.includes('arch')) return 'arch';
  return 'other';
}
