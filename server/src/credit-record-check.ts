/**
 * A hand-written check of one credit record for the bulk import's hot loop (issue 22): at 10^7
 * records zod's safeParse (its issue machinery, an output object per nested step) and the row
 * object built for it were a fifth of the importer's CPU. The check only ever ACCEPTS: a record
 * it returns is one `CreditRecordSchema` accepts with the same data; anything else (a bad value,
 * or merely a form it does not know, like "05" for a level) returns undefined and the caller asks
 * zod, which gives the verdict and the reason. So zod stays the one definition of a valid record,
 * and server test `credit-record-check` holds this check to it, field by field, on valid rows and
 * on every kind of bad value.
 */
import { CreditRecordSchema, DB_INT_MAX, type CreditRecord } from '../../lib/api';
import { SITE_IDS, type SiteId } from '../../lib/model';

const SITES: ReadonlySet<string> = new Set(SITE_IDS);
/** zod's own pattern for `updatedAt` (z.iso.datetime()), so the date rules are never written twice */
const DATETIME: RegExp = (() => {
  const p = (CreditRecordSchema.shape.updatedAt.def as { pattern?: RegExp }).pattern;
  if (!(p instanceof RegExp) || p.flags.includes('g') || p.flags.includes('y')) throw new Error('updatedAt: zod datetime pattern not found');
  return p;
})();

/** accountId: storedText(1, 200) — length in UTF-16 units as zod counts, no NUL, well-formed */
const okText = (s: string) => s.length >= 1 && s.length <= 200 && !s.includes('\u0000') && s.isWellFormed();

/** 1-10 plain decimal digits (as the CSV reader accepts them) within INTEGER; -1 otherwise */
function count(s: string): number {
  const n = s.length;
  if (n < 1 || n > 10) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v <= DB_INT_MAX ? v : -1;
}

/**
 * CSV fields (already trimmed) → the record zod would output, or undefined (ask zod). Levels and
 * counts as the CSV reader reads them: 1-10 plain digits.
 */
export function checkCsvRecord(
  site: string, accountId: string, level: string, complaints: string, platformPenalties: string, regulatorNotices: string, updatedAt: string,
): CreditRecord | undefined {
  if (!SITES.has(site) || !okText(accountId)) return undefined;
  const lv = count(level);
  const c = count(complaints);
  const p = count(platformPenalties);
  const r = count(regulatorNotices);
  if (lv < 1 || lv > 5 || c < 0 || p < 0 || r < 0 || !DATETIME.test(updatedAt)) return undefined;
  return { site: site as SiteId, accountId, level: lv, complaints: c, platformPenalties: p, regulatorNotices: r, updatedAt };
}

const KEYS = Object.keys(CreditRecordSchema.shape);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= DB_INT_MAX;

/** A parsed JSON value → the record zod would output, or undefined (ask zod). Exactly the seven keys (the schema is strict). */
export function checkJsonRecord(data: unknown): CreditRecord | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || Object.getPrototypeOf(data) !== Object.prototype) return undefined;
  const o = data as Record<string, unknown>;
  let n = 0;
  for (const k in o) {
    if (!Object.hasOwn(o, k)) return undefined;
    n++;
  }
  if (n !== KEYS.length) return undefined;
  const { site, accountId, level, complaints, platformPenalties, regulatorNotices, updatedAt } = o;
  if (typeof site !== 'string' || !SITES.has(site) || typeof accountId !== 'string' || !okText(accountId)) return undefined;
  if (!isCount(level) || level < 1 || level > 5 || !isCount(complaints) || !isCount(platformPenalties) || !isCount(regulatorNotices)) return undefined;
  if (typeof updatedAt !== 'string' || !DATETIME.test(updatedAt)) return undefined;
  return { site: site as SiteId, accountId, level, complaints, platformPenalties, regulatorNotices, updatedAt };
}
