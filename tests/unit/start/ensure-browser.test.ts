// npm start without a browser (scripts/lib/ensure-browser.ts), the real glue with stand-ins for
// apt-get and sudo on PATH (a real install cannot run in a test: it needs root, the network and
// changes the machine). The stand-ins log their arguments; apt-get "installs" Chromium only after
// `apt-get update`, as on a fresh image whose package lists are empty.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureBrowser } from '../../../scripts/lib/ensure-browser';
import type { Host } from '../../../scripts/lib/host';

const DEBIAN = 'ID=debian\n';
let dir = '';
let savedPath: string | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lg-ensure-'));
  const log = join(dir, 'calls.log');
  writeFileSync(
    join(dir, 'apt-get'),
    `#!/bin/sh\necho "apt-get $*" >> ${log}\ncase "$1" in\n  update) touch ${dir}/lists ;;\n  install) [ -f ${dir}/lists ] || exit 100; touch ${dir}/installed ;;\nesac\n`,
  );
  writeFileSync(join(dir, 'sudo-ok'), `#!/bin/sh\necho "sudo $*" >> ${log}\n[ "$1" = -n ] && shift\n[ "$1" = true ] && exit 0\nexec "$@"\n`);
  writeFileSync(join(dir, 'sudo-asks'), `#!/bin/sh\necho "sudo $*" >> ${log}\necho "sudo: a password is required" >&2\nexit 1\n`);
  for (const f of ['apt-get', 'sudo-ok', 'sudo-asks']) chmodSync(join(dir, f), 0o755);
  savedPath = process.env.PATH;
});
afterEach(() => {
  process.env.PATH = savedPath;
  rmSync(dir, { recursive: true, force: true });
});

function useSudo(kind: 'sudo-ok' | 'sudo-asks') {
  writeFileSync(join(dir, 'sudo'), readFileSync(join(dir, kind)));
  chmodSync(join(dir, 'sudo'), 0o755);
}
const calls = () => (existsSync(join(dir, 'calls.log')) ? readFileSync(join(dir, 'calls.log'), 'utf8').trim().split('\n') : []);
const host = (isRoot: boolean, osRelease = DEBIAN): Host => ({
  platform: 'linux',
  env: {},
  isRoot,
  osRelease,
  // Chromium "appears" at Debian's path once the stand-in apt-get has installed it
  exists: (p) => p === '/usr/bin/chromium' && existsSync(join(dir, 'installed')),
});

describe('ensureBrowser', () => {
  it('Debian as root: says what it will run, installs chromium (refreshing the lists once), then uses it', () => {
    process.env.PATH = `${dir}:${savedPath}`;
    const said: string[] = [];
    const found = ensureBrowser(host(true), { install: true, log: (m) => said.push(m) });
    expect(found).toEqual({ path: '/usr/bin/chromium', branded: false, source: 'installed' });
    expect(calls()).toEqual(['apt-get install -y chromium chromium-l10n', 'apt-get update', 'apt-get install -y chromium chromium-l10n']);
    expect(said.join('\n')).toMatch(/Installing it now \(running as root.*\n.*apt-get install -y chromium chromium-l10n/);
  });

  it('a user with passwordless sudo: the same through sudo -n', () => {
    process.env.PATH = `${dir}:${savedPath}`;
    useSudo('sudo-ok');
    const found = ensureBrowser(host(false), { install: true, log: () => undefined });
    expect(found?.path).toBe('/usr/bin/chromium');
    expect(calls()).toContain('sudo -n true');
    expect(calls()).toContain('sudo -n apt-get install -y chromium chromium-l10n');
  });

  it('a user whose sudo wants a password: nothing installed, the command to type', () => {
    process.env.PATH = `${dir}:${savedPath}`;
    useSudo('sudo-asks');
    expect(() => ensureBrowser(host(false), { install: true, log: () => undefined })).toThrow('sudo apt-get install -y chromium chromium-l10n');
    expect(calls()).toEqual(['sudo -n true']);
  });

  it('--no-install, or a system it may not install on: only says how', () => {
    process.env.PATH = `${dir}:${savedPath}`;
    expect(() => ensureBrowser(host(true), { install: false, log: () => undefined })).toThrow(/No Chromium found[\s\S]*CHROME_PATH=/);
    expect(() => ensureBrowser(host(true, 'ID=fedora\n'), { install: true, log: () => undefined })).toThrow('sudo dnf install -y chromium');
    expect(calls()).toEqual([]);
  });

  it('a CHROME_PATH that names nothing is an error that says so', () => {
    const h = { ...host(true), env: { CHROME_PATH: '/opt/none/chrome' } };
    expect(() => ensureBrowser(h, { install: true, log: () => undefined })).toThrow('CHROME_PATH is set to /opt/none/chrome');
  });
});
