/**
 * Child process for scale.ts: the real API on an existing database (argv: dataDir; DATABASE_URL/LG_SCALE_SCHEMA for PostgreSQL).
 * Prints {url}; then answers each `stats` line on stdin with the lookup cache's {hits, misses} so far.
 */
import { createInterface } from 'node:readline';
import { startServer } from '../../server/src/server';

const s = await startServer({ port: 0, dataDir: process.argv[2]!, databaseUrl: process.env.DATABASE_URL || undefined, dbSchema: process.env.LG_SCALE_SCHEMA || undefined, versionCheckMs: 2000 });
console.log(JSON.stringify({ url: s.url }));
createInterface({ input: process.stdin }).on('line', (l) => {
  if (l.trim() === 'stats') console.log(JSON.stringify({ hits: s.lookups.hits, misses: s.lookups.misses }));
});
// a clean exit on the bench's kill, so `--cpu-prof` (LG_SERVER_NODE_ARGS) writes its profile
process.on('SIGTERM', () => void s.close().finally(() => process.exit(0)));
