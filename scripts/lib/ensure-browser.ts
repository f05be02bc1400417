/** Find the browser for `npm start`, installing Chromium first where the start script may (see browser-install.ts). */
import { spawnSync } from 'node:child_process';
import { ChromePathMissing, findBrowser, type FoundBrowser } from './browser-discovery';
import { autoInstallPlan, brandedBrowserWarning, noBrowserMessage } from './browser-install';
import type { Host } from './host';

function sudoWithoutPassword(): boolean {
  const r = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  return r.status === 0;
}

function run(argv: string[]): boolean {
  const r = spawnSync(argv[0], argv.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return r.status === 0;
}

export function ensureBrowser(host: Host, opts: { install: boolean; log: (msg: string) => void }): FoundBrowser {
  let found: FoundBrowser | null;
  try {
    found = findBrowser(host);
  } catch (e) {
    if (e instanceof ChromePathMissing) throw new Error(`${e.message}.\n${noBrowserMessage(host)}`);
    throw e;
  }
  if (!found) {
    const plan = opts.install && host.platform === 'linux' ? autoInstallPlan(host, !host.isRoot && sudoWithoutPassword()) : null;
    if (!plan) throw new Error(noBrowserMessage(host));
    const who = host.isRoot ? 'running as root' : 'sudo needs no password here';
    opts.log(`no Chromium found. Installing it now (${who}; npm start -- --no-install only says how):`);
    opts.log(`  ${plan.argv.join(' ')}`);
    if (!run(plan.argv)) {
      opts.log(`that failed; refreshing the package lists (${plan.refresh.join(' ')}) and trying once more`);
      if (!run(plan.refresh) || !run(plan.argv)) throw new Error(`installing Chromium failed.\n${noBrowserMessage(host)}`);
    }
    found = findBrowser(host);
    if (!found) throw new Error(`Chromium was installed but is not where it was expected.\n${noBrowserMessage(host)}`);
    opts.log(`Chromium installed: ${found.path}`);
  }
  if (found.branded) opts.log(brandedBrowserWarning(found.path, host));
  return found;
}
