/**
 * The companion API with the demo dataset, in memory, for the browser specs of both browsers
 * (credit badges, sync, the static origin's export). It starts from the run's saved initdb data
 * directory (server/tests/pglite-template.ts, the one the server unit tests use) and then migrates
 * and seeds as a fresh install does: issue 13, CI time — initdb was half of each start
 * (measured at load ~19: 8.1–9.6 s → 3.9–4.5 s of CPU, 35–49 s → 17–22 s wall).
 */
import { startServer, type RunningServer } from '../server/src/server';
import { pgliteTemplate } from '../server/tests/pglite-template';

export async function startDemoServer(): Promise<RunningServer> {
  return startServer({ port: 0, dataDir: 'memory://', seedDemo: true, pgliteTemplate: await pgliteTemplate() });
}
