/**
 * The importer's own CPU per record (issue 22), without a database: the streamed CSV import
 * (`streamImportCredit`: line reading, CSV split, validation, de-duplication, SHA-256, COPY text)
 * into a sink that takes the COPY lines and answers every statement with no rows, as a
 * PostgreSQL load would see them. The machine is shared, so it prints thread CPU (user+sys of this
 * process) per record beside wall, and the COPY text's size and digest (two builds must send the
 * same bytes); compare builds by alternating runs (A B A B).
 *   npx tsx tests/bench/import-cpu.ts FILE.csv|FILE.jsonl [rounds]     (FILE from `npm run admin -- generate`)
 */
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { streamImportCredit } from '../../server/src/credit-stream-import';
import type { Db, Queryable } from '../../server/src/db/types';

const [file, roundsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: import-cpu.ts FILE.csv [rounds]');
let bytes = 0;
// the COPY text's digest: two builds must send the database the same bytes
let digest = createHash('sha256');
const q: Queryable = {
  query: async () => [],
  copyFrom: async (_sql, lines) => {
    for (const l of lines) {
      bytes += l.length;
      digest.update(l);
    }
  },
};
const sink: Db = { kind: 'postgres', ...q, tx: (fn) => fn(q), close: async () => undefined };

for (let i = 0; i < Number(roundsArg ?? 3); i++) {
  const load = loadavg()[0]!.toFixed(1);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  bytes = 0;
  digest = createHash('sha256');
  const r = await streamImportCredit(sink, file, { format: /\.jsonl$/i.test(file) ? 'jsonl' : 'csv' });
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  console.log(JSON.stringify({ imported: r.imported, rejected: r.rejected, cpuS: +cpu.toFixed(2), wallS: +wall.toFixed(2), usPerRecord: +((cpu * 1e6) / r.imported).toFixed(2), load, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), copyBytes: bytes, copySha256: digest.digest('hex').slice(0, 16) }));
}
