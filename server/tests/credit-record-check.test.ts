// Issue 22: the bulk import's hand-written record check (src/credit-record-check.ts) is held to
// zod's verdict. It may only accept what CreditRecordSchema accepts, with the same output; on
// every bad value it must step aside (undefined) so zod gives the verdict and the reason. And it
// must actually take the generator's realistic records, or the fast path is never used.
import { describe, expect, it } from 'vitest';
import { checkCsvRecord, checkJsonRecord } from '../src/credit-record-check';
import { csvRowToRecord, jsonLineToRecord } from '../src/credit-stream-import';
import { generateCredit, csvLine } from '../src/credit-generate';
import { CREDIT_CSV_COLUMNS, CreditRecordSchema } from '../../lib/api';
import { SITE_IDS } from '../../lib/model';

type Fields = [string, string, string, string, string, string, string];
const fieldsOf = (line: string) => line.split(',') as Fields;
const rowOf = (f: Fields) => Object.fromEntries(CREDIT_CSV_COLUMNS.map((c, i) => [c, f[i]!]));

/** what zod says about the same CSV fields, through the reader's own zod path */
const zodCsv = (f: Fields) => csvRowToRecord(rowOf(f));

const BASE: Fields = ['douyin', 'MS4wLjABAAAA_abc', '3', '12', '1', '0', '2026-03-01T10:20:30.000Z'];

/** each field's values: good, bad and forms the check may not know (all must agree with zod) */
const VARIANTS: Record<number, string[]> = {
  0: [...SITE_IDS, 'Douyin', 'douyin2', '', 'weibo', '__proto__', 'toString'],
  1: ['a', 'x'.repeat(200), 'x'.repeat(201), '', 'a\u0000b', '\u0000', 'a\ud800b', '\udc00', '😀'.repeat(100), '😀'.repeat(101), '抖音主播', ' a', 'a\tb', 'a\\b'],
  2: ['1', '5', '0', '6', '05', '00003', '-1', '3.0', '3.5', '1e0', '', ' ', '٣', '+3', '0x3', '99999999999'],
  3: ['0', '7', '2147483647', '2147483648', '02147483647', '9999999999', '99999999999', '-0', '-1', '1.5', '1e3', '', 'NaN', 'Infinity', '١٢'],
  4: ['0', '2147483647', '2147483648', '00', '1_0'],
  5: ['0', '2147483647', '4294967296', 'abc'],
  6: [
    '2026-03-01T10:20:30Z', '2026-03-01T10:20:30.1Z', '2026-03-01T10:20:30.123456789Z', '2024-02-29T00:00:00Z', '2026-02-29T00:00:00Z',
    '2000-02-29T00:00:00Z', '1900-02-29T00:00:00Z', '2026-04-31T00:00:00Z', '2026-12-31T23:59:59.999Z', '2026-13-01T00:00:00Z',
    '2026-03-01T24:00:00Z', '2026-03-01T23:60:00Z', '2026-03-01T10:20Z', '2026-03-01T10:20:30', '2026-03-01T10:20:30+08:00',
    '2026-03-01 10:20:30Z', '2026-03-01T10:20:30z', '2026-03-01', '', 'yesterday', '2026-03-01T10:20:30.Z', '0000-01-01T00:00:00Z',
  ],
};

describe('credit record check (the import fast path) agrees with zod', () => {
  it('CSV: on every variant of every field it accepts only what zod accepts, with the same record, and steps aside otherwise', () => {
    let accepted = 0;
    let cases = 0;
    for (const [col, values] of Object.entries(VARIANTS)) {
      for (const v of values) {
        const f = [...BASE] as Fields;
        f[Number(col)] = v;
        const fast = checkCsvRecord(...f);
        const slow = zodCsv(f);
        cases++;
        if (fast === undefined) continue;
        accepted++;
        expect(typeof slow, `${CREDIT_CSV_COLUMNS[Number(col)]}=${JSON.stringify(v)}`).toBe('object');
        expect(fast).toStrictEqual(slow);
      }
    }
    // the check is not a no-op: it took the valid forms it knows
    expect(accepted).toBeGreaterThan(cases / 3);
  });

  it('CSV: every value zod refuses is refused by the check too (never an accepted bad record)', () => {
    for (const [col, values] of Object.entries(VARIANTS)) {
      for (const v of values) {
        const f = [...BASE] as Fields;
        f[Number(col)] = v;
        if (typeof zodCsv(f) === 'string') expect(checkCsvRecord(...f), `${CREDIT_CSV_COLUMNS[Number(col)]}=${JSON.stringify(v)}`).toBeUndefined();
      }
    }
  });

  it('CSV: takes every generated record, equal to zod output (so the import runs the fast path)', () => {
    for (const r of generateCredit(5000, 5)) {
      const f = fieldsOf(csvLine(r));
      const fast = checkCsvRecord(...f);
      expect(fast).toBeDefined();
      expect(fast).toStrictEqual(CreditRecordSchema.parse(r));
    }
  });

  it('JSON: accepts only what zod accepts, same record, on objects of every shape', () => {
    const good = { site: 'bilibili', accountId: '123456789', level: 5, complaints: 0, platformPenalties: 0, regulatorNotices: 0, updatedAt: '2026-01-02T03:04:05.678Z' };
    const { level: _omit, ...missingLevel } = good;
    const values: unknown[] = [
      good, { ...good, extra: 1 }, missingLevel, { ...missingLevel, extra: 1 }, { ...good, level: 3.5 }, { ...good, level: '3' }, { ...good, level: 0 },
      { ...good, level: 6 }, { ...good, complaints: -0 }, { ...good, complaints: 1e2 }, { ...good, complaints: -1 }, { ...good, complaints: 2147483648 },
      { ...good, complaints: null }, { ...good, accountId: '' }, { ...good, accountId: 'a\u0000' }, { ...good, accountId: '\ud800' },
      { ...good, accountId: 7 }, { ...good, site: 'nope' }, { ...good, updatedAt: '2026-02-30T00:00:00Z' }, { ...good, updatedAt: 12 },
      { ...good, level: undefined }, Object.assign(Object.create(null), good), Object.assign(Object.create({ inherited: 1 }), good),
      JSON.parse(`{"__proto__":{"x":1},${JSON.stringify(good).slice(1)}`), [good], null, 'x', 3,
      ...[...generateCredit(2000, 6)],
    ];
    let accepted = 0;
    for (const v of values) {
      const fast = checkJsonRecord(v);
      const slow = CreditRecordSchema.safeParse(v);
      if (!slow.success) expect(fast, JSON.stringify(v)).toBeUndefined();
      if (fast === undefined) continue;
      accepted++;
      expect(slow.success, JSON.stringify(v)).toBe(true);
      expect(fast).toStrictEqual(slow.data);
    }
    expect(accepted).toBeGreaterThanOrEqual(2003); // good, -0, 1e2 and every generated record
  });

  it('the import still words zod reasons for the lines the check steps aside from', () => {
    expect(zodCsv(['douyin', 'a', '9', '0', '0', '0', '2026-01-01T00:00:00Z'])).toMatch(/^level: /);
    expect(jsonLineToRecord(JSON.stringify({ site: 'douyin', accountId: 'a', level: 3, complaints: 0, platformPenalties: 0, regulatorNotices: 0, updatedAt: '2026-01-01T00:00:00Z', x: 1 }))).toMatch(/x/);
  });
});
