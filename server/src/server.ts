/**
 * startServer(): opens the database (PGlite data folder, or PostgreSQL), migrates, optionally seeds
 * the demo dataset, loads the signing key and listens. Used by main.ts, the tests and the e2e.
 */
import { getRequestListener, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { openDb } from './db/open';
import type { Db } from './db/types';
import { BundleCache } from './bundle-cache';
import { CreditLookupCache } from './credit-cache';
import { loadSigningKey, type KeyPair } from './keys';
import { RateLimiter } from './rate-limit';
import { createApp } from './app';
import { seedDemo } from './seed/demo';
import { createToken } from './store/tokens';
import { answerParserErrorsWithJson } from './parser-errors';
import { DEFAULT_EXTENSION_ORIGINS, originPolicy } from './cors-origins';
import { createServer, type Server } from 'node:http';
import { creditFastPath } from './credit-fast-path';
import { holdIdleConnections, IDLE_KEEP_ALIVE_MS } from './keep-alive';

export interface ServerOptions {
  port?: number;
  host?: string;
  /** PGlite data folder ('memory://' for an in-memory database); ignored when databaseUrl is set */
  dataDir: string;
  databaseUrl?: string;
  /** PostgreSQL schema to use (tests isolate each server in its own schema) */
  dbSchema?: string;
  /** tests: start PGlite from this saved, migrated data directory instead of running initdb (db/open.ts) */
  pgliteTemplate?: Blob;
  /** base64 Ed25519 private key; default: see keys.ts */
  signingKey?: string;
  seedDemo?: boolean;
  /** admin tokens to register at start (tests); production creates them with the CLI */
  adminTokens?: string[];
  reportsPerMinute?: number;
  versionCheckMs?: number;
  /** browser origins that may POST /v1/reports (LIVEGUARD_EXTENSION_ORIGINS; cors-origins.ts) */
  extensionOrigins?: readonly string[];
  /** how long an idle keep-alive connection stays open (default IDLE_KEEP_ALIVE_MS; keep-alive.ts says why) */
  keepAliveTimeoutMs?: number;
  /** fault-injection tests wrap the database (tests/chaos.test.ts); production never sets it */
  wrapDb?: (db: Db) => Db;
  /** tests: every credit lookup through Hono, none through the hit fast path (credit-fast-path.ts) */
  noCreditFastPath?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  db: Db;
  key: KeyPair;
  /** the credit lookup cache (its hit and miss counters: the scale bench) */
  lookups: CreditLookupCache;
  close(): Promise<void>;
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const realDb = await openDb({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl, schema: opts.dbSchema, pgliteTemplate: opts.pgliteTemplate });
  const db = opts.wrapDb ? opts.wrapDb(realDb) : realDb;
  if (opts.seedDemo) await seedDemo(db);
  for (const t of opts.adminTokens ?? []) await createToken(db, 'startup', t);
  const key = await loadSigningKey({ dataDir: opts.dataDir, envKey: opts.signingKey, demo: opts.seedDemo });
  const cache = new BundleCache(db, key, opts.versionCheckMs ?? 2000);
  const lookups = new CreditLookupCache(db, opts.versionCheckMs ?? 2000);
  const app = createApp({
    db, cache, key, lookups,
    reportLimiter: new RateLimiter(opts.reportsPerMinute ?? 20, 60_000),
    reportOrigins: originPolicy(opts.extensionOrigins ?? DEFAULT_EXTENSION_ORIGINS),
  });
  const host = opts.host ?? '127.0.0.1';
  const server: ServerType = await new Promise((resolve) => {
    // credit lookup hits are answered before Hono sees the request (credit-fast-path.ts)
    const fast = opts.noCreditFastPath ? () => false : creditFastPath(lookups);
    const hono = getRequestListener(app.fetch, { hostname: host });
    const s = createServer((req, res) => {
      if (!fast(req, res)) void hono(req, res);
    });
    s.listen(opts.port ?? 0, host, () => resolve(s));
  });
  answerParserErrorsWithJson(server as Server);
  holdIdleConnections(server as Server, opts.keepAliveTimeoutMs ?? IDLE_KEEP_ALIVE_MS);
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    db: realDb,
    key,
    lookups,
    async close() {
      await new Promise<void>((r) => server.close(() => r()));
      await realDb.close();
    },
  };
}
