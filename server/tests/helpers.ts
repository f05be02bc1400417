/**
 * A real server on 127.0.0.1:0 per suite: embedded PGlite in memory by default (started from the
 * run's saved, migrated data directory: pglite-template.ts), or the PostgreSQL in DATABASE_URL
 * (CI: scripts/with-postgres.sh) in a throwaway schema dropped on close.
 */
import { randomBytes } from 'node:crypto';
import { startServer, type RunningServer, type ServerOptions } from '../src/server';
import { generateKeyPair } from '../../lib/bundle/signature';
import { pgliteTemplate } from './pglite-template';

export const ADMIN_TOKEN = `test_${randomBytes(12).toString('hex')}`;

export async function testServer(opts: Partial<ServerOptions> = {}): Promise<RunningServer & { publicKey: string; schema: string | undefined }> {
  const url = process.env.DATABASE_URL || undefined;
  const schema = url ? `lgtest_${randomBytes(6).toString('hex')}` : undefined;
  const kp = await generateKeyPair();
  const s = await startServer({
    dataDir: 'memory://',
    pgliteTemplate: url ? undefined : await pgliteTemplate(),
    databaseUrl: url,
    dbSchema: schema,
    signingKey: kp.privateKey,
    adminTokens: [ADMIN_TOKEN],
    versionCheckMs: 0,
    ...opts,
  });
  return {
    ...s,
    schema,
    publicKey: s.key.publicKey,
    async close() {
      if (schema) await s.db.query(`DROP SCHEMA ${schema} CASCADE`);
      await s.close();
    },
  };
}

export function admin(base: string, path: string, method: string, body: unknown, contentType = 'application/json') {
  return fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
