/**
 * Start and stop the companion API for `npm start`. It runs in the start script's own process group
 * (a terminal's Ctrl-C or a process manager signalling the group reaches it directly), is tied to
 * the start script by an IPC channel (api-child.ts exits when that closes), and `stop()` waits
 * until it has exited, so the port is free when the start script ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface CompanionApi {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const CHILD = fileURLToPath(new URL('./api-child.ts', import.meta.url));

async function healthy(url: string): Promise<boolean> {
  return fetch(`${url}/healthz`).then((r) => r.ok, () => false);
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

export async function startCompanionApi(opts: { port: number; log: (msg: string) => void; env?: NodeJS.ProcessEnv }): Promise<CompanionApi> {
  const url = `http://127.0.0.1:${opts.port}`;
  if (await healthy(url)) throw new Error(`port ${opts.port} is already serving something: stop it or run with PORT=<free port>`);
  opts.log(`starting the companion API on ${url} (embedded database, demo data)…`);
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, ...opts.env, PORT: String(opts.port), LIVEGUARD_SEED_DEMO: '1' },
  });
  const done = exited(child);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 8000);
    await done;
    clearTimeout(killer);
  };
  // a last resort when the start script exits without stopping it (the IPC channel covers a crash)
  process.once('exit', () => child.kill('SIGKILL'));
  // PGlite's first start (WASM, migrations, demo seed) takes ~2 s idle but >20 s on a busy 2-core box.
  const deadline = Date.now() + 120_000;
  let gone = false;
  void done.then(() => (gone = true));
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the companion API exited (code ${child.exitCode ?? child.signalCode}) before it came up`);
    if (await healthy(url)) return { url, pid: child.pid!, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the companion API did not come up on port ${opts.port} within 120 s`);
}
