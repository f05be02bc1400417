/**
 * `npm run admin -- import-credit FILE [--resume] [--rejects PATH]` for CSV and JSON Lines (issue 22):
 * streams the file (credit-stream-import.ts), prints progress on stderr, keeps
 * `<FILE>.progress.json` (the last committed line, the file's size and mtime) so `--resume`
 * continues where a stopped run ended, and writes rejected lines with reasons to
 * `<FILE>.rejected.jsonl` (or PATH), one JSON {line, reason} per line.
 */
import { appendFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Db } from './db/types';
import { streamImportCredit, type ImportFormat } from './credit-stream-import';

interface ProgressFile { size: number; mtimeMs: number; lastLine: number; imported: number; rejected: number }

export async function cliStreamImport(db: Db, file: string, format: ImportFormat, flags: { resume: boolean; rejects?: string; keepIndexes?: boolean }) {
  const progressPath = `${file}.progress.json`;
  const rejectsPath = flags.rejects ?? `${file}.rejected.jsonl`;
  const st = statSync(file);
  let from = 0;
  let before = { imported: 0, rejected: 0 };
  if (flags.resume && existsSync(progressPath)) {
    const p = JSON.parse(readFileSync(progressPath, 'utf8')) as ProgressFile;
    if (p.size !== st.size || p.mtimeMs !== st.mtimeMs) throw new Error(`${file} changed since the run in ${progressPath}; start again without --resume`);
    from = p.lastLine;
    before = { imported: p.imported, rejected: p.rejected };
    console.error(`resuming after line ${from} (${p.imported} imported, ${p.rejected} rejected so far)`);
  } else {
    writeFileSync(rejectsPath, '');
  }
  const started = Date.now();
  let shownAt = 0;
  const result = await streamImportCredit(db, file, {
    format,
    fromLine: from,
    keepIndexes: flags.keepIndexes,
    onCommit: (p, rejects) => {
      if (rejects.length) appendFileSync(rejectsPath, rejects.map((r) => JSON.stringify(r)).join('\n') + '\n');
      const total = { size: st.size, mtimeMs: st.mtimeMs, lastLine: p.lastLine, imported: before.imported + p.imported, rejected: before.rejected + p.rejected };
      writeFileSync(progressPath, JSON.stringify(total));
      const now = Date.now();
      if (now - shownAt > 500) {
        shownAt = now;
        const rate = p.imported / Math.max(0.001, (now - started) / 1000);
        process.stderr.write(`\rline ${p.lastLine}: ${total.imported} imported, ${total.rejected} rejected, ${rate.toFixed(0)} records/s   `);
      }
    },
  });
  rmSync(progressPath, { force: true }); // finished: nothing to resume
  const secs = (Date.now() - started) / 1000;
  process.stderr.write('\n');
  const rejected = before.rejected + result.rejected;
  console.log(`imported ${before.imported + result.imported} credit records (${result.imported} in this run, ${(result.imported / Math.max(secs, 0.001)).toFixed(0)}/s); rejected ${rejected} line(s)${rejected ? ` → ${rejectsPath}` : ''}`);
  return result;
}
