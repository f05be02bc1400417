// Issue 22: the bulk import reads lines in batches per chunk (src/line-batches.ts) instead of through
// readline. Line numbers are what rejects and the resume point refer to, so the lines must be
// exactly readline's (crlfDelay: Infinity), whatever the line ends and wherever a chunk is cut.
import { afterAll, describe, expect, it } from 'vitest';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLineBatches } from '../src/line-batches';

const dir = mkdtempSync(join(tmpdir(), 'lg-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function viaReadline(file: string) {
  const out: string[] = [];
  for await (const l of createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })) out.push(l);
  return out;
}

async function viaBatches(file: string, highWaterMark?: number) {
  const out: string[] = [];
  for await (const batch of readLineBatches(file, highWaterMark)) {
    expect(batch.length).toBeGreaterThan(0);
    out.push(...batch);
  }
  return out;
}

const TEXTS: Record<string, string> = {
  empty: '',
  'one line, no end': 'abc',
  'LF, final end': 'a\nb\n',
  'CRLF, final end': 'a\r\nb\r\n',
  'lone CR': 'a\rb\rc',
  'CR at the end': 'a\r',
  'CR then LF lines': 'a\r\rb\n\nc\r\n\r\n',
  'blank lines and spaces': '\n\n  \n x \n\n',
  'BOM and CJK': '\uFEFFsite,accountId\n抖音,主播😀\r\n快手,用户\n',
  'mixed ends, long lines': `${'x'.repeat(5000)}\r\n${'y'.repeat(3000)}\r${'z'.repeat(100)}\n`,
};

describe('readLineBatches gives readline\'s lines', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    it(`${name}: the same lines at every chunk size`, async () => {
      const file = join(dir, `${name.replace(/\W+/g, '_')}.txt`);
      writeFileSync(file, text);
      const want = await viaReadline(file);
      // chunk sizes that cut a CRLF, a surrogate pair and a 3-byte character in every place
      for (const hwm of [1, 2, 3, 5, 7, 64, undefined]) expect(await viaBatches(file, hwm), `highWaterMark ${hwm}`).toEqual(want);
    });
  }
});
