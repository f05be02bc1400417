/**
 * `npm start` must end when npm ends. npm forwards SIGINT/SIGTERM only to its direct child, the
 * `sh -c` that runs tsx, and sh dies without passing them on, so a `kill <pid of npm>` (or a
 * process manager stopping npm, or npm killed outright) used to leave the start script, its browser
 * and the companion API holding the port. The start script therefore watches the processes between
 * it and npm and stops when any of them is gone.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ProcessInfo {
  ppid: number;
  argv: string[];
}
export type ReadProcess = (pid: number) => ProcessInfo | null;

const PACKAGE_MANAGERS = new Set(['npm', 'npm-cli.js', 'npx', 'npx-cli.js', 'pnpm', 'pnpm.cjs', 'yarn', 'yarn.js', 'bun']);

function isPackageManager(argv: string[]): boolean {
  // node renames npm's process ("npm start --headless"), so look at each word's base name
  return argv.slice(0, 3).flatMap((a) => a.split(/\s+/)).some((w) => PACKAGE_MANAGERS.has(w.split(/[\\/]/).pop() ?? ''));
}

/**
 * The pids from our parent up to and including the package manager that ran us, or [] when no
 * package manager is among the first `maxDepth` ancestors (started by hand: the shell's SIGHUP and
 * Ctrl-C reach us directly).
 */
export function launcherChain(parentPid: number, read: ReadProcess, maxDepth = 6): number[] {
  const chain: number[] = [];
  let pid = parentPid;
  for (let i = 0; i < maxDepth && pid > 1; i++) {
    const info = read(pid);
    if (!info) return [];
    chain.push(pid);
    if (isPackageManager(info.argv)) return chain;
    pid = info.ppid;
  }
  return [];
}

/** Linux: /proc; macOS and the BSDs: ps. Windows has neither (and no POSIX signals to lose). */
export const readProcess: ReadProcess = (pid) => {
  try {
    if (process.platform === 'linux') {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // the command name in parentheses may itself hold spaces and parentheses: read after the last ")"
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      return { ppid, argv };
    }
    if (process.platform === 'win32') return null;
    const r = spawnSync('ps', ['-o', 'ppid=,command=', '-p', String(pid)], { encoding: 'utf8' });
    const m = r.stdout?.trim().match(/^(\d+)\s+(.*)$/);
    return m ? { ppid: Number(m[1]), argv: m[2].split(/\s+/) } : null;
  } catch {
    return null;
  }
};

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Calls `onGone(pid)` once, when the first of `pids` has exited; returns a function that stops watching. */
export function watchProcesses(pids: number[], onGone: (pid: number) => void, everyMs = 500): () => void {
  if (!pids.length) return () => undefined;
  const timer = setInterval(() => {
    const gone = pids.find((p) => !alive(p));
    if (gone !== undefined) {
      clearInterval(timer);
      onGone(gone);
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
