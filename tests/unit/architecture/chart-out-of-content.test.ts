// Issue 18 item 5: the room chart's library (uPlot) and the chart data's zod check belong to the
// framed chart page (entrypoints/room-chart), never to the content script, whose size is being cut
// to 150 KB (issue 13). Walks run-time imports with runtime-imports.ts, as content-script-weight.test.ts does.
import { describe, expect, it } from 'vitest';
import { runtimeGraph } from './runtime-imports';

const walk = (entry: string) => {
  const { reached, packages } = runtimeGraph(entry);
  return { reached, packages: new Set(packages.keys()) };
};

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
