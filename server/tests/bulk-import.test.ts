// Issue 22: streaming bulk import of CSV and JSON Lines — batched, resumable, bad lines reported
// with reasons and never stopping the rest; the generator's datasets import cleanly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testServer } from './helpers';
import { streamImportCredit } from '../src/credit-stream-import';
import { cliStreamImport } from '../src/cli-import';
import { generateCredit, writeGenerated, csvLine } from '../src/credit-generate';
import { creditHash, lookupParams, lookupSql, upsertCreditBatch } from '../src/store/credit';
import { copyCreditBatch } from '../src/store/credit-bulk';
import { CREDIT_CSV_COLUMNS, CreditRecordSchema, CreditResponseSchema } from '../../lib/api';

let s: Awaited<ReturnType<typeof testServer>>;
const dir = mkdtempSync(join(tmpdir(), 'lg-bulk-'));
beforeAll(async () => {
  s = await testServer();
});
afterAll(async () => {
  await s?.close();
  rmSync(dir, { recursive: true, force: true });
});
const count = async () => Number((await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM credit'))[0]!.n);

describe('generate', () => {
  it('is seeded, valid and unique per account', () => {
    const a = [...generateCredit(3000, 7)];
    expect([...generateCredit(3000, 7)]).toEqual(a);
    for (const r of a) expect(CreditRecordSchema.safeParse(r).success).toBe(true);
    expect(new Set(a.map((r) => `${r.site}:${r.accountId}`)).size).toBe(3000);
    expect(new Set(a.map((r) => r.site)).size).toBe(7);
  });
});

describe('streaming import', () => {
  it('CSV: imports every good line, reports each bad one with its line number and reason, keeps going', async () => {
    const file = join(dir, 'a.csv');
    await writeGenerated(file, 4500, 1);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    // bad lines at known line numbers (1-based; line 1 is the header)
    const bad: Record<number, string> = {
      3: 'douyin,x,9,0,0,0,2026-01-01T00:00:00.000Z', // level out of range
      100: 'douyin,"unterminated,3,0,0,0,2026-01-01T00:00:00.000Z', // bad quoting
      2000: 'nosuchsite,x,3,0,0,0,2026-01-01T00:00:00.000Z',
      3001: 'douyin,y,3,0,0,99999999999,2026-01-01T00:00:00.000Z', // beyond INTEGER
      4000: 'douyin,z,3,0,0',
    };
    for (const [n, text] of Object.entries(bad)) lines.splice(Number(n) - 1, 0, text);
    writeFileSync(file, lines.join('\n') + '\n');
    const before = await count();
    const rejects: Array<{ line: number; reason: string }> = [];
    let commits = 0;
    const r = await streamImportCredit(s.db, file, { format: 'csv', batchSize: 1000, onCommit: (_p, rj) => { commits++; rejects.push(...rj); } });
    expect(r.imported).toBe(4500);
    expect(await count()).toBe(before + 4500);
    expect(commits).toBeGreaterThanOrEqual(5); // batches, not one giant statement
    expect(rejects.map((x) => x.line)).toEqual(expect.arrayContaining([3, 2000, 3001, 4000]));
    expect(rejects.map((x) => x.line).sort((a, b) => a - b)).toEqual([3, 100, 2000, 3001, 4000]); // the broken quote costs its own line only
    expect(rejects.find((x) => x.line === 3)!.reason).toMatch(/level/);
    expect(rejects.find((x) => x.line === 3001)!.reason).toMatch(/regulatorNotices/);
  });

  it('a header that is not the credit header is refused before anything is imported', async () => {
    const file = join(dir, 'h.csv');
    writeFileSync(file, 'site,accountId,level\ndouyin,a,3\n');
    await expect(streamImportCredit(s.db, file, { format: 'csv' })).rejects.toThrow(/header/);
  });

  it('JSON Lines with bad JSON, unknown fields, NUL and deep nesting: the good lines land', async () => {
    const recs = [...generateCredit(300, 2)];
    const lines = recs.map((r) => JSON.stringify(r));
    lines.splice(10, 0, '{not json');
    lines.splice(20, 0, JSON.stringify({ ...recs[0], extra: 1 }));
    lines.splice(30, 0, JSON.stringify({ ...recs[0], accountId: 'a\u0000b' }));
    lines.splice(40, 0, '[[[[[[[[[[]]]]]]]]]]');
    lines.splice(50, 0, '');
    const file = join(dir, 'b.jsonl');
    writeFileSync(file, lines.join('\n'));
    const rejects: number[] = [];
    const r = await streamImportCredit(s.db, file, { format: 'jsonl', onCommit: (_p, rj) => void rejects.push(...rj.map((x) => x.line)) });
    expect(r.imported).toBe(300);
    expect(rejects).toEqual([11, 21, 31, 41]);
    // an imported record answers through the live prefix endpoint
    const h = creditHash(recs[123]!);
    const res = CreditResponseSchema.parse(await (await fetch(`${s.url}/v1/credit/${h.slice(0, 5)}`)).json());
    expect(res.entries.find((e) => e.hash === h)?.credit?.level).toBe(recs[123]!.level);
  });

  it('resumes after a crash from the last committed line: nothing lost, nothing counted twice', async () => {
    const file = join(dir, 'c.csv');
    const recs = [...generateCredit(5000, 3)];
    await s.db.query('DELETE FROM credit'); // other seeds' numeric ids may coincide with these
    writeFileSync(file, [CREDIT_CSV_COLUMNS.join(','), ...recs.map(csvLine), 'douyin,bad,0,0,0,0,x'].join('\n') + '\n');
    const before = await count();
    // the first run dies after its second committed batch (as if killed)
    let commits = 0;
    await expect(
      cliStreamImportDying(file, () => {
        if (++commits === 2) throw new Error('killed');
      }),
    ).rejects.toThrow('killed');
    const progress = JSON.parse(readFileSync(`${file}.progress.json`, 'utf8'));
    expect(progress.lastLine).toBeGreaterThan(1);
    expect(progress.imported).toBeLessThan(5000);
    const r = await cliStreamImport(s.db, file, 'csv', { resume: true });
    expect(progress.imported + r.imported).toBe(5000);
    expect(await count()).toBe(before + 5000);
    expect(existsSync(`${file}.progress.json`)).toBe(false);
    const rejected = readFileSync(`${file}.rejected.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rejected).toEqual([{ line: 5002, reason: expect.stringMatching(/level|updatedAt/) }]);
  });
});

describe('the PostgreSQL COPY path (the same checks run on PGlite through the unnest upsert)', () => {
  it('COPY is used on PostgreSQL; text with tabs, backslashes, \\N, newlines and CJK lands byte for byte', async () => {
    const kinds = await s.db.tx(async (q) => typeof q.copyFrom);
    expect(kinds).toBe(s.db.kind === 'postgres' ? 'function' : 'undefined');
    const ids = ['tab\there', 'back\\slash', '\\N', 'new\nline', 'cr\rhere', '"quoted",comma', '严选好物\\小美', ' lead and trail '];
    const file = join(dir, 'odd.jsonl');
    writeFileSync(file, ids.map((accountId, i) => JSON.stringify({ site: 'douyin', accountId, level: (i % 5) + 1, complaints: i, platformPenalties: 0, regulatorNotices: 0, updatedAt: '2026-11-30T00:00:00.000Z' })).join('\n') + '\n');
    const r = await streamImportCredit(s.db, file, { format: 'jsonl' });
    expect(r).toMatchObject({ imported: ids.length, rejected: 0 });
    const rows = await s.db.query<{ account_id: string; hash: string; complaints: number }>(`SELECT account_id, hash, complaints FROM credit WHERE site = 'douyin' AND account_id = ANY($1::text[])`, [ids]);
    expect(rows.map((x) => x.account_id).sort()).toEqual([...ids].sort());
    for (const x of rows) expect(x.hash).toBe(creditHash({ site: 'douyin', accountId: x.account_id }));
  });

  it('a batch that fails after it was staged and upserted leaves no row behind (never half-imported)', async () => {
    await s.db.query('DELETE FROM credit');
    const recs = [...generateCredit(2500, 9)];
    await expect(
      s.db.tx(async (q) => {
        if (q.copyFrom) await copyCreditBatch({ ...q, copyFrom: q.copyFrom }, recs);
        else await upsertCreditBatch(q, recs);
        const inside = Number((await q.query<{ n: number }>('SELECT count(*)::int AS n FROM credit'))[0]!.n);
        expect(inside).toBe(2500); // staged and upserted inside the transaction
        throw new Error('connection lost');
      }),
    ).rejects.toThrow('connection lost');
    expect(await count()).toBe(0);
  });
});

describe('a load into an empty table (store/credit-bulk.ts)', () => {
  const hashIndex = async () => (await s.db.query<{ r: string | null }>(`SELECT to_regclass('credit_hash')::text AS r`))[0]!.r;

  it('drops the hash index while loading, rebuilds it at the end; an account repeated in a later batch keeps its last record', async () => {
    await s.db.query('DELETE FROM credit');
    const recs = [...generateCredit(3000, 11)];
    // the same account again in the third batch with another level: the direct COPY meets the key and must fall back to the upsert
    const again = { ...recs[5]!, level: recs[5]!.level === 1 ? 2 : 1, complaints: 4242 };
    const file = join(dir, 'load.csv');
    writeFileSync(file, [CREDIT_CSV_COLUMNS.join(','), ...recs.map(csvLine), csvLine(again)].join('\n') + '\n');
    const seen: Array<string | null> = [];
    const r = await streamImportCredit(s.db, file, { format: 'csv', batchSize: 1000, onCommit: async () => void seen.push(await hashIndex()) });
    expect(r).toMatchObject({ imported: 3001, rejected: 0 });
    expect(seen[0]).toBeNull(); // dropped during the load
    expect(await hashIndex()).not.toBeNull(); // and back
    expect(await count()).toBe(3000);
    const [row] = await s.db.query<{ level: number; complaints: number }>('SELECT level, complaints FROM credit WHERE site = $1 AND account_id = $2', [again.site, again.accountId]);
    expect({ level: Number(row!.level), complaints: Number(row!.complaints) }).toEqual({ level: again.level, complaints: 4242 });
    const h = creditHash(again);
    const res = CreditResponseSchema.parse(await (await fetch(`${s.url}/v1/credit/${h.slice(0, 6)}`)).json());
    expect(res.entries.find((e) => e.hash === h)?.credit?.complaints).toBe(4242);
  });

  it('after the load a lookup reads the covering hash index alone: one index-only scan per prefix, no heap page (VACUUM set the visibility map)', async () => {
    const hashes = (await s.db.query<{ hash: string }>('SELECT hash FROM credit ORDER BY hash LIMIT 3')).map((r) => r.hash);
    for (const prefixes of [[hashes[0]!.slice(0, 4)], hashes.map((h) => h.slice(0, 6))]) {
      const plan = (await s.db.query<Record<string, string>>(`EXPLAIN (ANALYZE) ${lookupSql(prefixes.length)}`, lookupParams(prefixes))).map((r) => Object.values(r)[0]!).join('\n');
      expect(plan.match(/Index Only Scan using credit_hash on credit/g), plan).toHaveLength(prefixes.length);
      expect(plan).not.toMatch(/Bitmap Heap Scan on credit|Seq Scan on credit/);
      for (const fetches of plan.matchAll(/Heap Fetches: (\d+)/g)) expect(Number(fetches[1]), plan).toBe(0);
    }
  });

  it('into a table that has rows, or with keepIndexes, the index stays throughout', async () => {
    const file = join(dir, 'more.csv');
    await writeGenerated(file, 2500, 12);
    for (const keepIndexes of [false, true]) {
      if (keepIndexes) await s.db.query('DELETE FROM credit');
      const seen: Array<string | null> = [];
      await streamImportCredit(s.db, file, { format: 'csv', batchSize: 1000, keepIndexes, onCommit: async () => void seen.push(await hashIndex()) });
      expect(seen.every((x) => x !== null), `keepIndexes ${keepIndexes}`).toBe(true);
    }
  });

  it('a stopped load gets its index back', async () => {
    await s.db.query('DELETE FROM credit');
    const file = join(dir, 'stop.csv');
    await writeGenerated(file, 2500, 13);
    await expect(streamImportCredit(s.db, file, { format: 'csv', batchSize: 1000, onCommit: () => { throw new Error('killed'); } })).rejects.toThrow('killed');
    expect(await hashIndex()).not.toBeNull();
  });
});

/** The CLI's import with a hook that can kill it after a commit (the progress file is written first). */
async function cliStreamImportDying(file: string, afterCommit: () => void) {
  const { streamImportCredit: run } = await import('../src/credit-stream-import');
  const { statSync } = await import('node:fs');
  const st = statSync(file);
  writeFileSync(`${file}.rejected.jsonl`, '');
  let total = { imported: 0, rejected: 0 };
  await run(s.db, file, {
    format: 'csv',
    batchSize: 1000,
    onCommit: (p) => {
      total = { imported: p.imported, rejected: p.rejected };
      writeFileSync(`${file}.progress.json`, JSON.stringify({ size: st.size, mtimeMs: st.mtimeMs, lastLine: p.lastLine, ...total }));
      afterCommit();
    },
  });
}
