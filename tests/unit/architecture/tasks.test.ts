// "Add a site" and "add a category" in docs/architecture.md list the files such a change touches.
// Checked against the sites and categories already there: each listed file exists for each of them,
// and no other extension file registers one (so a newcomer following the list misses nothing).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_IDS } from '@/lib/model';
import { CATEGORIES } from '@/lib/taxonomy';
import { readMap, trackedFiles, ROOT } from '../../../scripts/architecture.mjs';

const map = readMap();
const files = trackedFiles();
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
/** a listed path with its placeholder filled: '*' and '<group>' match any run of name characters */
const matcher = (entry: string, fill: Record<string, string>) => {
  let src = entry.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  for (const [k, v] of Object.entries(fill)) src = src.replaceAll(`<${k}>`, v);
  return new RegExp(`^${src.replace(/<[a-z]+>/g, '[\\w-]+').replace(/\*/g, '[\\w-]*')}$`);
};
/** the extension's own files, where a site or category is registered (tests and docs aside) */
const extensionFiles = files.filter((f) => /^(lib|components|entrypoints|locales)\//.test(f) || f === 'wxt.config.ts');

describe('add a site', () => {
  const task = map.tasks['add a site']!;
  for (const site of SITE_IDS) {
    it(`${site}: every listed file exists, and no unlisted extension file registers the site`, () => {
      const listed = task.map((t) => matcher(t.file, { site }));
      for (const [i, m] of listed.entries()) expect(files.some((f) => m.test(f)), task[i]!.file).toBe(true);
      // registering = its id as a string, a URL or match pattern on its domain, or its domain in a regex
      const registers = new RegExp(`['"\`]${site}['"\`]|://[^'"\\s]*\\b${site}\\.|\\b${site}\\\\\\.`);
      const registering = extensionFiles.filter((f) => registers.test(read(f)));
      expect(registering.filter((f) => !listed.some((m) => m.test(f)))).toEqual([]);
      expect(registering.length).toBeGreaterThan(0);
    });
  }
});

describe('add a category', () => {
  const task = map.tasks['add a category']!;
  it('every listed file exists and names every category (the word list: one file per group)', () => {
    for (const t of task) {
      const m = matcher(t.file, {});
      const hits = files.filter((f) => m.test(f));
      expect(hits.length, t.file).toBeGreaterThan(0);
      if (!t.file.includes('<')) for (const c of CATEGORIES) expect(read(t.file), `${t.file}: ${c}`).toContain(c);
    }
  });
  it('no unlisted file names every category (each registry of categories is in the list)', () => {
    const listed = task.map((t) => matcher(t.file, {}));
    const registries = [...extensionFiles, ...files.filter((f) => f.startsWith('tests/eval/'))].filter((f) => CATEGORIES.every((c) => read(f).includes(c)));
    expect(registries.filter((f) => !listed.some((m) => m.test(f)))).toEqual([]);
  });
});
