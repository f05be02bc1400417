import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildLocaleMessages } from '@/lib/locales-build';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
}

describe('i18n keys', () => {
  it("every t('key') used in the extension exists in locales/", () => {
    const known = new Set(Object.keys(buildLocaleMessages('locales').en));
    const missing: string[] = [];
    for (const file of ['entrypoints', 'components', 'lib'].flatMap(sources)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) {
        if (!known.has(m[1])) missing.push(`${file}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
