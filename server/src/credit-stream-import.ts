/**
 * Streaming bulk import of credit records (issue 22) from CSV (the admin endpoint's header) or JSON
 * Lines (one record object per line). Constant memory: records flow through in batches, each in
 * its own transaction: on PostgreSQL COPY (CREDIT_COPY_BATCH; store/credit-bulk.ts: straight into
 * the table during a load, else through a staging table and one upsert), on PGlite one unnest
 * upsert (CREDIT_BATCH). A bad line is reported with
 * its reason and never stops the rest; a record is one row, so it is never half-imported.
 * Resumable: after each committed batch `onCommit` gets the last line number it covered; a run
 * started with `fromLine` skips every line up to it.
 */
import { parse as parseCsvSync } from 'csv-parse/sync';
import { CREDIT_CSV_COLUMNS, CreditRecordSchema, type CreditRecord } from '../../lib/api';
import type { Db } from './db/types';
import { zodReason } from './http-errors';
import { CREDIT_BATCH } from './store/credit';
import { beginCreditLoad, commitCreditBatch, CREDIT_COPY_BATCH, finishCreditLoad } from './store/credit-bulk';
import { parseBoundedJson } from './bounded-json';
import { checkCsvRecord, checkJsonRecord } from './credit-record-check';
import { readLineBatches } from './line-batches';

export type ImportFormat = 'csv' | 'jsonl';
export interface Rejected { line: number; reason: string }
export interface ImportProgress { lastLine: number; imported: number; rejected: number }
export interface StreamImportOptions {
  format: ImportFormat;
  /** lines up to and including this one were committed by an earlier run */
  fromLine?: number;
  batchSize?: number;
  /** never drop the hash index, even into an empty table (a server is answering from it meanwhile) */
  keepIndexes?: boolean;
  /** after each committed batch, with that batch's rejects (line order) */
  onCommit?: (p: ImportProgress, rejects: Rejected[]) => void | Promise<void>;
}

const NUMERIC = new Set(['level', 'complaints', 'platformPenalties', 'regulatorNotices']);

const DIGITS = /^\d{1,10}$/;

/** A CSV row (strings) → a validated record or a reason (zod's). Numbers must be plain decimal digits. */
export function csvRowToRecord(row: Record<string, string>): CreditRecord | string {
  const data: Record<string, string | number> = {};
  for (const k in row) data[k] = NUMERIC.has(k) && DIGITS.test(row[k]!) ? Number(row[k]) : row[k]!;
  const r = CreditRecordSchema.safeParse(data);
  return r.success ? r.data : zodReason(r.error);
}

export function jsonLineToRecord(line: string): CreditRecord | string {
  let data: unknown;
  try {
    data = parseBoundedJson(line, 4);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  // the hand check accepts what zod accepts; zod decides (and words the reason) for the rest
  const fast = checkJsonRecord(data);
  if (fast) return fast;
  const r = CreditRecordSchema.safeParse(data);
  return r.success ? r.data : zodReason(r.error);
}

/**
 * CSV one record per line (no record of ours holds a newline): a line with a broken quote is one
 * rejected line, where a streaming CSV parser would swallow the rest of the file into one field.
 * Lines without quotes are split directly (most of them); the others go through csv-parse.
 */
function csvFields(line: string): string[] {
  if (!line.includes('"')) {
    // trimmed in place: no second array per line (trim returns the string itself when there is nothing to trim)
    const fields = line.split(',');
    for (let i = 0; i < fields.length; i++) fields[i] = fields[i]!.trim();
    return fields;
  }
  const rows = parseCsvSync(line, { trim: true, relax_column_count: true }) as string[][];
  if (rows.length !== 1) throw new Error('expected one record on the line');
  return rows[0]!;
}

/**
 * Reads one line of a format: a record, a reason, or undefined for a line that holds no record
 * (blank, or the CSV header). `ready`: lines can be skipped unread (a resumed run); false until
 * the CSV header has been read.
 */
interface LineReader { read(text: string, line: number): CreditRecord | string | undefined; ready(): boolean }

function jsonlReader(): LineReader {
  return { read: (text) => (text.trim() ? jsonLineToRecord(text) : undefined), ready: () => true };
}

/** CSV: the first non-blank line is the header (any column order); then each line → record or reason. */
function csvReader(): LineReader {
  let at: number[] | null = null; // field index of each CREDIT_CSV_COLUMNS column
  let width = 0;
  const read = (raw: string, line: number) => {
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!text.trim()) return undefined;
    let fields: string[];
    try {
      fields = csvFields(text);
    } catch (e) {
      if (!at) throw new Error(`CSV header: ${e instanceof Error ? e.message : String(e)}`);
      return `CSV: ${e instanceof Error ? e.message : String(e)}`;
    }
    if (!at) {
      const ok = fields.length === CREDIT_CSV_COLUMNS.length && CREDIT_CSV_COLUMNS.every((c) => fields.includes(c));
      if (!ok) throw new Error(`CSV header must be exactly: ${CREDIT_CSV_COLUMNS.join(',')}`);
      at = CREDIT_CSV_COLUMNS.map((c) => fields.indexOf(c));
      width = fields.length;
      return undefined;
    }
    if (fields.length !== width) return `expected ${width} fields, got ${fields.length}`;
    const a = at;
    // the hand check accepts what zod accepts, without a row object; zod decides (and words the reason) for the rest
    const fast = checkCsvRecord(fields[a[0]!]!, fields[a[1]!]!, fields[a[2]!]!, fields[a[3]!]!, fields[a[4]!]!, fields[a[5]!]!, fields[a[6]!]!);
    if (fast) return fast;
    const row: Record<string, string> = {};
    for (let i = 0; i < CREDIT_CSV_COLUMNS.length; i++) row[CREDIT_CSV_COLUMNS[i]!] = fields[a[i]!]!;
    return csvRowToRecord(row);
  };
  return { read, ready: () => at !== null };
}

export async function streamImportCredit(db: Db, file: string, opts: StreamImportOptions): Promise<ImportProgress> {
  const from = opts.fromLine ?? 0;
  const size = opts.batchSize ?? (db.kind === 'postgres' ? CREDIT_COPY_BATCH : CREDIT_BATCH);
  const progress: ImportProgress = { lastLine: from, imported: 0, rejected: 0 };
  let batch: CreditRecord[] = [];
  let rejects: Rejected[] = [];
  let last = from;
  // one batch in flight while the next is parsed: the database works while Node reads and
  // validates. Commits (and so onCommit and the resume point) still happen strictly in order.
  let inFlight: Promise<void> = Promise.resolve();
  const run = await beginCreditLoad(db, { keepIndexes: opts.keepIndexes });
  const commit = async () => {
    const [records, bad, upTo] = [batch, rejects, last];
    batch = [];
    rejects = [];
    await inFlight;
    inFlight = (async () => {
      if (records.length) await commitCreditBatch(db, records, run);
      progress.imported += records.length;
      progress.rejected += bad.length;
      progress.lastLine = upTo;
      await opts.onCommit?.({ ...progress }, bad);
    })();
    // a failed batch must surface now, before more lines are read (unhandled otherwise)
    inFlight.catch(() => undefined);
  };
  try {
    const reader = opts.format === 'csv' ? csvReader() : jsonlReader();
    let line = 0;
    for await (const lines of readLineBatches(file)) {
      for (const text of lines) {
        line++;
        // a resumed run skips committed lines unread, once it has the CSV header
        if (line <= from && reader.ready()) continue;
        const r = reader.read(text, line);
        if (r === undefined || line <= from) continue;
        last = line;
        if (typeof r === 'string') rejects.push({ line, reason: r });
        else batch.push(r);
        if (batch.length + rejects.length >= size) await commit();
      }
    }
    await commit();
    await inFlight;
  } catch (e) {
    await inFlight.catch(() => undefined);
    // a stopped load still gets its index back when the database is reachable; a resumed run rebuilds it otherwise
    await finishCreditLoad(db, run).catch(() => undefined);
    throw e;
  }
  await finishCreditLoad(db, run);
  return progress;
}
