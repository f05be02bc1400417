// Issue 18 item 5: the room chart's library (uPlot) and the chart data's zod check belong to the
// framed chart page (entrypoints/room-chart), never to the content script, whose size is being cut
// to 150 KB (issue 13). Walks run-time imports like content-script-weight.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, resolveSpecifier, trackedFiles, ROOT } from '../../../scripts/architecture.mjs';

function walk(entry: string) {
  const files = new Set<string>(trackedFiles());
  const reached = new Set<string>([entry]);
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const f = queue.shift()!;
    if (!/\.(ts|tsx|js|mjs)$/.test(f) || !files.has(f)) continue;
    for (const { spec, typeOnly } of importsOf(readFileSync(join(ROOT, f), 'utf8'))) {
      if (typeOnly) continue;
      const to = resolveSpecifier(f, spec, files);
      if (to === null) packages.add(spec);
      else if (!reached.has(to)) {
        reached.add(to);
        queue.push(to);
      }
    }
  }
  return { reached, packages };
}

describe('the room chart', () => {
  it('its page imports uPlot and the zod check (the walk sees them)', () => {
    const page = walk('entrypoints/room-chart/main.tsx');
    expect([...page.packages].some((p) => p.startsWith('uplot'))).toBe(true);
    expect(page.reached.has('lib/data-signals/chart-data.ts')).toBe(true);
  });

  it('the content script reaches the series but neither uPlot nor the zod check', () => {
    const content = walk('entrypoints/live.content/index.tsx');
    expect(content.reached.has('lib/data-signals/room-series.ts')).toBe(true);
    expect([...content.packages].filter((p) => p.startsWith('uplot'))).toEqual([]);
    expect(content.reached.has('lib/data-signals/chart-data.ts')).toBe(false);
  });
});
