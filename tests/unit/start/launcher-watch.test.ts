// npm start ends when npm ends (scripts/lib/launcher-watch.ts): which ancestors it watches, and the
// watch itself on real processes.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { launcherChain, readProcess, watchProcesses, type ProcessInfo } from '../../../scripts/lib/launcher-watch';

const table = (rows: Record<number, ProcessInfo>) => (pid: number) => rows[pid] ?? null;

describe('launcherChain', () => {
  it('npm → sh → tsx → us: watches tsx, sh and npm (npm renames its process)', () => {
    const read = table({
      30: { ppid: 20, argv: ['node', '/repo/node_modules/.bin/tsx', 'scripts/start.ts'] },
      20: { ppid: 10, argv: ['sh', '-c', 'tsx scripts/start.ts --headless'] },
      10: { ppid: 1, argv: ['npm start --headless'] },
    });
    expect(launcherChain(30, read)).toEqual([30, 20, 10]);
  });
  it('finds npm by its script path too (npm-cli.js, pnpm, yarn)', () => {
    for (const argv of [['/usr/bin/node', '/usr/lib/node_modules/npm/bin/npm-cli.js', 'start'], ['node', '/x/pnpm.cjs', 'start'], ['node', '/x/yarn.js', 'start']]) {
      expect(launcherChain(20, table({ 20: { ppid: 10, argv: ['sh', '-c', 'x'] }, 10: { ppid: 1, argv } }))).toEqual([20, 10]);
    }
  });
  it('started by hand (no package manager among the ancestors): watches nothing', () => {
    const read = table({ 30: { ppid: 20, argv: ['node', 'tsx', 'scripts/start.ts'] }, 20: { ppid: 1, argv: ['-bash'] } });
    expect(launcherChain(30, read)).toEqual([]);
  });
  it('a process it cannot read (Windows, a vanished parent): watches nothing', () => {
    expect(launcherChain(30, () => null)).toEqual([]);
  });
  it.skipIf(process.platform !== 'linux')('reads this process from /proc', () => {
    const me = readProcess(process.pid);
    expect(me?.ppid).toBe(process.ppid);
    expect(me?.argv[0]).toMatch(/node/);
  });
});

describe('watchProcesses', () => {
  it('calls back once a watched process has exited, not before', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const gone: number[] = [];
    const stop = watchProcesses([process.pid, child.pid!], (pid) => gone.push(pid), 20);
    await new Promise((r) => setTimeout(r, 150));
    expect(gone).toEqual([]);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    await expect.poll(() => gone, { timeout: 5000 }).toEqual([child.pid]);
    stop();
  });
});
