/**
 * `npm run server` / `npm start`: the companion API on PORT (default 8787), embedded database in
 * LIVEGUARD_DATA_DIR (default server/.data), PostgreSQL when DATABASE_URL is set, demo dataset
 * when LIVEGUARD_SEED_DEMO=1, report origins from LIVEGUARD_EXTENSION_ORIGINS (cors-origins.ts).
 */
import { resolve } from 'node:path';
import { startServer } from './server';
import { parseExtensionOrigins } from './cors-origins';

const seed = process.env.LIVEGUARD_SEED_DEMO === '1';
const s = await startServer({
  port: Number(process.env.PORT ?? 8787),
  host: process.env.HOST ?? '127.0.0.1',
  dataDir: resolve(process.env.LIVEGUARD_DATA_DIR ?? 'server/.data'),
  databaseUrl: process.env.DATABASE_URL || undefined,
  signingKey: process.env.LIVEGUARD_SIGNING_KEY || undefined,
  seedDemo: seed,
  extensionOrigins: parseExtensionOrigins(process.env.LIVEGUARD_EXTENSION_ORIGINS),
});
console.log(`[liveguard-api] listening on ${s.url} (${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}${seed ? ', demo dataset' : ''})`);
console.log(`[liveguard-api] bundle public key (${s.key.source}): ${s.key.publicKey}`);
const stop = () => void s.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
