// The map in docs/architecture.md agrees with the tree: every file is in a part, every entry names
// something that exists, and there is no runtime import cycle among the extension's files.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readMap, partOf, trackedFiles, resolveSpecifier, importsOf, ROOT } from '../../../scripts/architecture.mjs';

const map = readMap();
const files = trackedFiles();

describe('the map of parts', () => {
  it('puts every file of the tree in a part', () => {
    expect(files.filter((f) => !partOf(map, f))).toEqual([]);
  });

  it('names only paths that exist (a folder entry holds at least one file)', () => {
    const missing = Object.values(map.parts)
      .flatMap((p) => p.paths)
      .filter((e) => (e.endsWith('/') ? !files.some((f) => f.startsWith(e)) : !existsSync(join(ROOT, e)) || !statSync(join(ROOT, e)).isFile()));
    expect(missing).toEqual([]);
  });

  it('allows only parts that exist, and never a part itself', () => {
    for (const [name, p] of Object.entries(map.parts)) {
      for (const q of [...(p.imports ?? []), ...(p.typeImports ?? [])]) {
        expect(map.parts[q], `${name} → ${q}`).toBeTruthy();
        expect(q).not.toBe(name);
      }
    }
  });

  it('has no runtime import cycle in lib/, components/ and entrypoints/ (type-only imports aside)', () => {
    const set = new Set(files);
    const code = files.filter((f) => /^(lib|components|entrypoints)\/.*\.tsx?$/.test(f) && !f.endsWith('.d.ts'));
    const graph = new globalThis.Map<string, string[]>(
      code.map((f) => [
        f,
        importsOf(readFileSync(join(ROOT, f), 'utf8'))
          .filter((i) => !i.typeOnly)
          .map((i) => resolveSpecifier(f, i.spec, set))
          .filter((t): t is string => !!t && set.has(t)),
      ]),
    );
    const state = new globalThis.Map<string, 1 | 2>();
    const cycles: string[] = [];
    const visit = (n: string, stack: string[]) => {
      state.set(n, 1);
      stack.push(n);
      for (const m of graph.get(n) ?? []) {
        if (state.get(m) === 1) cycles.push([...stack.slice(stack.indexOf(m)), m].join(' → '));
        else if (!state.get(m)) visit(m, stack);
      }
      stack.pop();
      state.set(n, 2);
    };
    for (const f of code) if (!state.get(f)) visit(f, []);
    expect(cycles).toEqual([]);
  });
});
