/** Parses credit imports (CSV with a header row, or a JSON array) into validated records. */
import { parse } from 'csv-parse/sync';

import { parseBoundedJson } from './bounded-json';
import { CREDIT_CSV_COLUMNS, CreditImportJsonSchema, type CreditRecord } from '../../lib/api';

export class ImportError extends Error {}

const NUMERIC = new Set(['level', 'complaints', 'platformPenalties', 'regulatorNotices']);

function validate(data: unknown): CreditRecord[] {
  const r = CreditImportJsonSchema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new ImportError(`${i.path.length ? `record ${i.path.join('.')}: ` : ''}${i.message}`);
  }
  return r.data;
}

export function parseCreditCsv(text: string): CreditRecord[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[];
  } catch (e) {
    throw new ImportError(`CSV: ${e instanceof Error ? e.message : String(e)}`);
  }
  const header = rows[0] ? Object.keys(rows[0]) : [];
  const missing = CREDIT_CSV_COLUMNS.filter((c) => !header.includes(c));
  const extra = header.filter((h) => !(CREDIT_CSV_COLUMNS as readonly string[]).includes(h));
  if (missing.length || extra.length) throw new ImportError(`CSV header must be exactly: ${CREDIT_CSV_COLUMNS.join(',')}`);
  return validate(
    rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, NUMERIC.has(k) && /^\d{1,9}$/.test(v) ? Number(v) : v]))),
  );
}

export function parseCreditJson(text: string): CreditRecord[] {
  let data: unknown;
  try {
    data = parseBoundedJson(text);
  } catch (e) {
    throw new ImportError(e instanceof Error ? e.message : String(e));
  }
  return validate(data);
}
