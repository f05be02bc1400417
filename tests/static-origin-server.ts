/**
 * Issue 22's STATIC origin for the e2e specs of both browsers (tests/e2e/static-origin.spec.ts,
 * tests/firefox/static-origin.test.ts): the companion API (demo data plus the credit fixture hosts)
 * is exported with exportStatic and shut down; a plain node:http file server then serves the export
 * directory on loopback and logs every path it is asked for.
 */
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { startDemoServer } from './demo-server';
import { exportStatic } from '../server/src/static-export';
import { seedFixtureHosts } from './e2e/credit-sites';

export interface StaticOrigin {
  /** the export directory */
  dir: string;
  manifestUrl: string;
  /** every request path (with its query), in order; tests clear it between steps */
  asked: string[];
  close(): void;
}

export async function startStaticOrigin(): Promise<StaticOrigin> {
  const dir = mkdtempSync(join(tmpdir(), 'lg-static-origin-'));
  const asked: string[] = [];
  const api = await startDemoServer();
  await seedFixtureHosts(api); // publishes version 2 with the fixture hosts in its prefix set
  await exportStatic(api.db, api.key, dir);
  await api.close(); // from here on, only the static files exist
  const origin = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    asked.push(req.url!);
    try {
      const file = normalize(join(dir, path));
      if (!file.startsWith(dir)) throw new Error('outside');
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(readFileSync(file));
    } catch {
      res.writeHead(404, { 'access-control-allow-origin': '*' }).end();
    }
  });
  await new Promise<void>((r) => origin.listen(0, '127.0.0.1', r));
  return {
    dir,
    manifestUrl: `http://127.0.0.1:${(origin.address() as AddressInfo).port}/manifest.json`,
    asked,
    close() {
      origin.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
