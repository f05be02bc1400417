import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLocaleMessages } from '@/lib/locales-build';

function dirWith(files: Record<string, unknown>) {
  const d = mkdtempSync(join(tmpdir(), 'lg-locales-'));
  for (const [n, c] of Object.entries(files)) writeFileSync(join(d, n), JSON.stringify(c));
  return d;
}

describe('locale build', () => {
  it('builds both languages from the real locales folder', () => {
    const m = buildLocaleMessages('locales');
    expect(Object.keys(m.zh_CN).sort()).toEqual(Object.keys(m.en).sort());
    expect(m.zh_CN.extName.message).toMatch(/直播守护/);
  });
  it('rejects a missing translation', () => {
    expect(() => buildLocaleMessages(dirWith({ 'a.json': { k: { zh_CN: '好' } } }))).toThrow(/no en text/);
  });
  it('rejects the same key in two files', () => {
    const d = dirWith({ 'a.json': { k: { zh_CN: '一', en: 'one' } }, 'b.json': { k: { zh_CN: '二', en: 'two' } } });
    expect(() => buildLocaleMessages(d)).toThrow(/already defined/);
  });
});
