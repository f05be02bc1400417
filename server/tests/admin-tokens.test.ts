// Issue 13: `npm run admin -- list-tokens` / `revoke-token`, run as the real CLI on a real data
// folder; a revoked token is refused by the server at once.
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startServer } from '../src/server';
import { generateKeyPair } from '../../lib/bundle/signature';
import { createToken, revokeToken } from '../src/store/tokens';
import { pgliteTemplate as savedInitdb } from './pglite-template';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'lg-tokens-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// the CLI on PGlite in `dir` (DATABASE_URL cleared: one folder is the whole database)
const env = { ...process.env, LIVEGUARD_DATA_DIR: dir, DATABASE_URL: '' };
const cli = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'server/src/cli.ts', ...args], { env }).then(
  (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
  (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
);

// the first boot starts the folder from the run's saved initdb copy (pglite-template.ts: initdb costs
// ~8 s of CPU); PGlite refuses a template once the folder holds a database, so later boots open it as is
let fresh = true;
const boot = async () => {
  const pgliteTemplate = fresh ? await savedInitdb() : undefined;
  fresh = false;
  return startServer({ dataDir: dir, pgliteTemplate, signingKey: (await generateKeyPair()).privateKey });
};
async function adminStatus(url: string, token: string): Promise<number> {
  const r = await fetch(`${url}/v1/admin/bundle`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
  return r.status;
}

describe('admin CLI: tokens', () => {
  // Three CLI runs only: each is a tsx start plus a PGlite open, 5-30 s on a loaded 2-core machine.
  it('list-tokens shows ids and names but no token; revoke-token ID refuses that token at once; unknown ids fail', async () => {
    let s = await boot();
    const a = await createToken(s.db, 'alice');
    const b = await createToken(s.db, 'bob');
    const c = await createToken(s.db, 'carol');
    for (const t of [a, b, c]) expect(await adminStatus(s.url, t)).toBe(201);
    // revoking by the token itself (the CLI's other form) goes through the same store function
    expect(await revokeToken(s.db, c)).toBe(1);
    expect(await adminStatus(s.url, c)).toBe(401);
    await s.close();

    const list = (await cli('list-tokens')).out;
    expect(list).toMatch(/^1\talice\t.*\tsha256:[0-9a-f]{12}/m);
    expect(list).toMatch(/^2\tbob\t/m);
    expect(list).not.toMatch(/carol/);
    for (const t of [a, b]) expect(list).not.toContain(t);
    expect((await cli('revoke-token', '1')).out).toContain('revoked 1 admin token');
    const missing = await cli('revoke-token', '99');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no admin token matches');

    s = await boot();
    try {
      expect(await adminStatus(s.url, a)).toBe(401);
      expect(await adminStatus(s.url, b)).toBe(201);
    } finally {
      await s.close();
    }
  }, 180_000);
});
