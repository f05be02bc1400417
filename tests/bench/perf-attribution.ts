/**
 * Where the content script's thread CPU goes, by the OS's sampler (issue 13). V8's own profiler
 * put only ~1/3 of the overlay bench's thread CPU per message in extension code: inside our calls
 * its samples of C++ (Blink's DOM bindings, V8's runtime) have no JS stack it can walk, and land in
 * "(program)" — mostly at the start of calls. Linux `perf` samples the renderer's main thread
 * whatever runs, and with V8's perf map (`--perf-basic-prof`) names our jitted frames, which the
 * bench's build maps back to source. Steps (the bench runs as usual meanwhile):
 *
 *   printf '#!/bin/sh\nexec /usr/bin/chromium --js-flags="--perf-basic-prof --interpreted-frames-native-stack" "$@"\n' > /tmp/chromium-perf.sh; chmod +x /tmp/chromium-perf.sh
 *   LG_SOURCEMAP=1 LG_OUT_DIR=/tmp/smbuild npx wxt build
 *   CHROME_PATH=/tmp/chromium-perf.sh LG_BENCH_PROFILER=0 LG_EXTENSION_DIR=/tmp/smbuild/chrome-mv3 LG_BENCH_SECONDS=25 npx tsx tests/bench/overlay.bench.ts &
 *   sleep 25; perf record -F 2000 -g -a -o /tmp/ov.perf -- sleep 12     # as root, during phase 1
 *   perf script -i /tmp/ov.perf --tid <the renderer's main thread> -F tid,ip,sym,dso > /tmp/ov.perf.txt
 *   npx tsx tests/bench/perf-attribution.ts /tmp/ov.perf.txt /tmp/smbuild/chrome-mv3/content-scripts/live.js.map
 *
 * (The renderer's main thread is the `chromium` thread of the page's renderer process with the most
 * samples: `perf report -i /tmp/ov.perf --sort pid,comm -g none`.) Prints, over the samples whose
 * stack holds a frame of the content script: what the innermost frame was (our jitted JS, C++ of the
 * browser, regexp code, a V8 builtin, the kernel), the C++ time by the JS function that called into
 * it, and the inclusive samples per function. Figures only; nothing here is a test.
 */
import { readFileSync } from 'node:fs';
import { parsePerfScript, perfAttribution } from './perf-attribution-core';

const [scriptFile, mapFile] = process.argv.slice(2);
if (!scriptFile) {
  console.log('usage: tsx tests/bench/perf-attribution.ts <perf script output> [live.js.map]');
  process.exit(1);
}
let resolve: ((line: number, column: number) => string | null) | undefined;
if (mapFile) {
  const { SourceMapConsumer } = await import('source-map-js');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
  resolve = (line, column) => {
    const o = map.originalPositionFor({ line, column });
    return o.source ? `${o.source.replace(/^(\.\.\/)+(work\/[^/]+\/)?/, '')}:${o.line}` : null;
  };
}
const a = perfAttribution(parsePerfScript(readFileSync(scriptFile, 'utf8')), 'content-scripts/live.js', resolve);
const pct = (n: number) => `${((100 * n) / Math.max(1, a.samples)).toFixed(1).padStart(5)}%`;
const table = (rows: [string, number][], n = 20) => rows.slice(0, n).map(([k, v]) => `  ${String(v).padStart(6)} ${pct(v)}  ${k}`).join('\n');
console.log(`samples with a content-script frame: ${a.samples} of ${a.total} on the thread`);
console.log(`innermost frame:\n${table(a.leaf)}`);
console.log(`C++ (and kernel) time, by the content-script function that called into it:\n${table(a.nativeByCaller, 25)}`);
console.log(`inclusive, by content-script function:\n${table(a.inclusive, 30)}`);
