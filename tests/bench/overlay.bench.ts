/**
 * `npm run bench -- overlay` (issue 5): what the content script costs a busy live room.
 * The BUILT extension (.output/chrome-mv3; `npm run build` first if it is missing) runs in Debian
 * Chromium through Playwright; the Douyin fixture room (demo/sites/douyin.html) is served
 * at its real URL with context.route, so the manifest's own match patterns inject the script.
 *
 * Phase 1, LG_BENCH_SECONDS (default 60) s at LG_BENCH_RATE (default 200) chat messages/s, appended
 * by the page itself in batches every 20 ms like a real chat list (which also trims old rows):
 *   - the extension's share of main-thread time: CDP Profiler samples whose stack holds a
 *     chrome-extension:// frame, against all samples of the run (and against the busy ones). The
 *     target line uses the on-CPU view (a gap of more than two sampling intervals is time the
 *     renderer waited for a core on this shared machine and is charged to nobody); the raw view,
 *     which charges such gaps to whatever ran next, is printed beside it;
 *   - long tasks (PerformanceObserver 'longtask', > 50 ms), and how many the extension causes
 *     (half or more of the task's profiler samples in extension code);
 *   - time from a risky message's insertion to its mark on the row (data-liveguard-mark, set by
 *     page-marks.ts), median and p95, and how many risky rows were marked at all.
 *   - the extension's thread CPU time per message (Chrome's trace): over the whole run, and cut into
 *     LG_BENCH_WINDOW_MS (default 1000) windows, printed as quiet p10 (the calmest seconds), typical
 *     p50 (the issue 13 target is judged on it) and busy p90, with the machine's load and core use
 *     during the run. On a loaded shared machine a second's CPU per message rises with the load
 *     (cold caches, preemption mid-call): the spread says how much of a figure is the machine.
 *     Per entry (the frame's pass, the MutationObserver callback…) its calls' thread CPU is fitted
 *     as a fixed part per call plus a part per row, so a run tells whether fewer, larger batches
 *     would pay (issue 13).
 * Phase 2, LG_BENCH_HEAP_MESSAGES (default 100k) more messages at 2000/s:
 *   heap growth between two forced GCs (CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage;
 *   the renderer's isolate: page and content script).
 * Benign lines are real chat from ../shared/data that the default scanner finds nothing in
 * (measurement only); risky lines are our own templates, each checked here to make a finding.
 * Prints figures and PASS/MISS per target; nothing here is a timed unit test.
 * LG_BENCH_PROFILE=file.cpuprofile keeps phase 1's CPU profile (DevTools opens it); with a
 * `LG_SOURCEMAP=1` build the printed self/total times name source files. For a before/after ratio,
 * build the other commit with LG_OUT_DIR=/tmp/x and run once each, alternating, with
 * LG_EXTENSION_DIR=/tmp/x/chrome-mv3 (the machine's load moves every absolute figure).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus } from 'node:os';
import type { Page, CDPSession } from '@playwright/test';
import { createScanner } from '../../lib/detect';
import { DEFAULT_BUNDLE } from '../../lib/bundle/default-bundle';
import { completeEvents, insideCalls, type RawEvent } from './trace-inside';
import { blockUnrouted, EXTENSION_DIR as TEST_OR_GIVEN_DIR, fixture, launchWithExtension, RELEASE_EXTENSION_DIR, serve } from '../e2e/harness';

/**
 * What is measured: the RELEASE build users get (.output/chrome-mv3), or LG_EXTENSION_DIR (e.g. a
 * build of main's commit in a temp dir, for a before/after ratio in the same conditions)
 */
const EXTENSION_DIR = process.env.LG_EXTENSION_DIR ? TEST_OR_GIVEN_DIR : RELEASE_EXTENSION_DIR;

const SECONDS = Number(process.env.LG_BENCH_SECONDS ?? 60);
const RATE = Number(process.env.LG_BENCH_RATE ?? 200);
const HEAP_MESSAGES = Number(process.env.LG_BENCH_HEAP_MESSAGES ?? 100_000);
/** phase 2's pace: ten times a busy room, so 100k messages take minutes, not hours */
const HEAP_RATE = 2000;
const ROOM_URL = 'https://live.douyin.com/880088000';
const RISKY_SHARE = 0.1;
/** LG_BENCH_TICK_MS: how often the page appends its batch of rows in phase 1 (a real chat list: every few tens of ms) */
const TICK_MS = Number(process.env.LG_BENCH_TICK_MS ?? 20);
/** issue 13: the extension's CPU per chat message */
const PER_MESSAGE_TARGET_US = 20;
const DATA = '../shared/data/text';

// ---- messages -----------------------------------------------------------------------------------
const scanner = createScanner(DEFAULT_BUNDLE);
const column = (path: string, col: number) =>
  readFileSync(`${DATA}/${path}`, 'utf8').split('\n').slice(1).map((l) => l.split('\t')[col]).filter((t): t is string => !!t);
if (!existsSync(DATA)) {
  console.log(`${DATA} not found; the benchmark needs the shared corpora`);
  process.exit(0);
}
const benign = [
  ...column('zh_live_chat/bilibili_video_danmaku_sample_3000.tsv', 0),
  ...column('zh_live_chat/livechat_douyin_subset.tsv', 1),
  ...column('en_live_chat/twitch_chat_nymn_2024-01-06.tsv', 3),
].filter((t) => t.length <= 200 && !scanner.scan({ kind: 'chat', text: t }).length);
// our own risky templates; `#` becomes a per-message number so every line (and finding) is new
const RISKY_TEMPLATES = [
  '要便宜的打我电话 13# 私聊',
  '加我薇信 shop#x 给你内部价',
  '想要的扣扣 #9 联系',
  '这款全网第一 包治百病 #',
  '私下转账更便宜 #号',
  'dm me on telegram for cheaper price #',
];
function risky(n: number): string {
  const t = RISKY_TEMPLATES[n % RISKY_TEMPLATES.length];
  const num = String(100_000_000 + ((n * 7919) % 900_000_000)).slice(0, 9);
  return t.replace('#', num);
}
for (let i = 0; i < RISKY_TEMPLATES.length * 3; i++) {
  if (!scanner.scan({ kind: 'chat', text: risky(i) }).length) throw new Error(`risky template finds nothing: ${risky(i)}`);
}

// ---- page-side instruments and injector (run in the page's main world) --------------------------
const INSTRUMENTS = () => {
  const w = window as unknown as Record<string, unknown>;
  const longTasks: { start: number; duration: number }[] = [];
  const markLatency: number[] = [];
  // batches: [page time (ms), rows appended] per injector tick, to count the messages of each window
  w.__lgBench = { longTasks, markLatency, inserted: 0, risky: 0, batches: [] as number[][] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const watch = () =>
    new MutationObserver((ms) => {
      const now = performance.now();
      for (const m of ms) {
        const el = m.target as HTMLElement;
        const t = el.dataset.benchT;
        if (t && el.dataset.benchRisky === '1' && !el.dataset.benchMarked) {
          el.dataset.benchMarked = '1';
          markLatency.push(now - Number(t));
        }
      }
    }).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['data-liveguard-mark'] });
  if (document.documentElement) watch();
  else document.addEventListener('DOMContentLoaded', watch);
};

/** appends `lines` at `rate` per second (in batches every `tickMs`, catching up after late timers) */
async function inject(page: Page, lines: { text: string; risky: boolean }[], rate: number, tickMs: number, idBase: number, redesigned = false) {
  await page.evaluate(
    ({ lines, rate, tickMs, idBase, redesigned }) =>
      new Promise<void>((resolve) => {
        const b = (window as unknown as { __lgBench: { inserted: number; risky: number; batches: number[][] } }).__lgBench;
        // the redesigned room (issue 17): rows with no class the selectors know, found by shape
        const list = document.querySelector(redesigned ? '[data-fx-list]' : '.webcast-chatroom___items > div')!;
        const cls = (c: string) => (redesigned ? `r${c.length}x${c.slice(-3)}` : c);
        let i = 0;
        const start = performance.now();
        const tick = () => {
          const t = performance.now();
          const due = Math.min(lines.length, Math.floor(((t - start) / 1000) * rate) + 1);
          if (due > i) b.batches.push([t, due - i]);
          for (; i < due; i++) {
            const row = document.createElement('div');
            row.className = cls('webcast-chatroom___item webcast-chatroom___enter-done');
            row.setAttribute('data-id', String(idBase + i));
            const inner = document.createElement('div');
            inner.className = cls('TNg5meqw');
            const nick = document.createElement('span');
            nick.className = cls('u2QdU6ht');
            nick.textContent = `观众${(idBase + i) % 997}：`;
            const wrap = document.createElement('span');
            wrap.className = cls('WsJsvMP9');
            const content = document.createElement('span');
            content.className = cls('webcast-chatroom___content-with-emoji-text');
            content.textContent = lines[i].text;
            wrap.append(content);
            inner.append(nick, wrap);
            row.append(inner);
            row.dataset.benchT = String(t);
            if (lines[i].risky) {
              row.dataset.benchRisky = '1';
              b.risky++;
            }
            list.append(row);
            b.inserted++;
          }
          // a real chat list keeps a window of recent rows
          while (list.childElementCount > 300) list.firstElementChild!.remove();
          if (i < lines.length) setTimeout(tick, tickMs);
          else resolve();
        };
        tick();
      }),
    { lines, rate, tickMs, idBase, redesigned },
  );
}

function messages(count: number, offset: number) {
  const out: { text: string; risky: boolean }[] = [];
  let r = 0;
  for (let i = 0; i < count; i++) {
    const isRisky = i % Math.round(1 / RISKY_SHARE) === Math.round(1 / RISKY_SHARE) - 1;
    out.push(isRisky ? { text: risky(offset + r++), risky: true } : { text: benign[(offset + i) % benign.length], risky: false });
  }
  return out;
}

// ---- profile analysis ----------------------------------------------------------------------------
/** LG_BENCH_SAMPLE_US: the profiler's interval (its sampling costs the renderer CPU too: a large one measures the trace figure nearly without it) */
const SAMPLE_US = Number(process.env.LG_BENCH_SAMPLE_US ?? 500);
/**
 * LG_BENCH_PROFILER=0: phase 1 without the sampling profiler (issue 13). With DevTools' timeline
 * category on, a running profiler makes Blink take a synchronous sample at the start of every
 * FunctionCall (its sampleTraceId), inside the call's thread CPU; this measures the trace figure
 * without it. The profiler's figures (share, self times, long-task blame) then read 0.
 */
const PROFILE = process.env.LG_BENCH_PROFILER !== '0';
const NO_PROFILE: Profile = { nodes: [], startTime: 0, endTime: 0, samples: [], timeDeltas: [] };
interface ProfileNode { id: number; callFrame: { functionName: string; url: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

/**
 * A profiled extension frame by its source (file:line function) when the build has maps
 * (LG_SOURCEMAP=1 npm run build: hidden maps beside the scripts), else by its minified position.
 */
type Resolve = (line: number, column: number) => { source: string | null; line: number | null; name: string | null };
const mapCache = new Map<string, Resolve | null>();
let SourceMapConsumer: (new (raw: string) => { originalPositionFor(p: { line: number; column: number }): { source: string | null; line: number | null; name: string | null } }) | null = null;
try {
  // source-map-js comes with Vite; without it the profile keeps minified names
  SourceMapConsumer = (await import('source-map-js')).SourceMapConsumer as unknown as typeof SourceMapConsumer;
} catch {
  SourceMapConsumer = null;
}
function sourceName(url: string, fn: string, line: number, column: number): string {
  const path = url.replace(/^chrome-extension:\/\/[^/]+/, '');
  if (!mapCache.has(path)) {
    const file = `${EXTENSION_DIR}${path}.map`;
    mapCache.set(path, SourceMapConsumer && existsSync(file) ? ((c) => (l: number, col: number) => c.originalPositionFor({ line: l, column: col }))(new SourceMapConsumer(readFileSync(file, 'utf8'))) : null);
  }
  const resolve = mapCache.get(path);
  const o = resolve?.(line + 1, column);
  if (!o?.source) return `${fn || '(anonymous)'} ${path}:${line}:${column}`;
  return `${o.name || fn || "(anonymous)"} ${o.source.replace(/^(\.\.\/)+(work\/[^/]+\/)?/, '')}:${o.line}`;
}

function analyse(profile: Profile, pageNowAtStart: number, longTasks: { start: number; duration: number }[]) {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ext = new Map<number, boolean>();
  const isExt = (id: number): boolean => {
    const known = ext.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id)!;
    const p = parent.get(id);
    const v = n.callFrame.url.startsWith('chrome-extension://') || (p !== undefined && isExt(p));
    ext.set(id, v);
    return v;
  };
  let total = 0, extUs = 0, idle = 0, program = 0, gc = 0;
  // on-CPU view: the sampler fires every SAMPLE_US whether the thread works or idles, so a longer
  // gap means the renderer was waiting for a core (2 cores shared with other jobs); the raw view
  // charges the whole gap to whatever ran next, the on-CPU view caps each sample at 2 intervals
  let totalOn = 0, extOn = 0;
  const times: number[] = [];
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const on = Math.min(dt, 2 * SAMPLE_US);
    t += dt;
    times.push(t);
    total += dt;
    totalOn += on;
    const name = byId.get(id)!.callFrame.functionName;
    if (name === '(idle)') idle += dt;
    else if (name === '(program)') program += dt;
    else if (name === '(garbage collector)') gc += dt;
    else if (isExt(id)) {
      extUs += dt;
      extOn += on;
    }
  });
  // long tasks: page time -> profile time (µs), through performance.now() read when the profiler started
  const toProfile = (pageMs: number) => profile.startTime + (pageMs - pageNowAtStart) * 1000;
  let extLong = 0;
  const extLongInfo: string[] = [];
  const extLongTasks: { start: number; duration: number }[] = [];
  for (const lt of longTasks) {
    const from = toProfile(lt.start), to = toProfile(lt.start + lt.duration);
    let busy = 0, inExt = 0;
    const fns = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      if (times[i] < from || times[i] > to) return;
      const name = byId.get(id)!.callFrame.functionName;
      if (name === '(idle)') return;
      busy++;
      if (isExt(id)) {
        inExt++;
        fns.set(name || '(anonymous)', (fns.get(name || '(anonymous)') ?? 0) + 1);
      }
    });
    if (busy && inExt * 2 >= busy) {
      extLong++;
      extLongTasks.push(lt);
      const top = [...fns].sort((x, y) => y[1] - x[1]).slice(0, 3).map(([f, n]) => `${f} ${n}`).join(', ');
      extLongInfo.push(`${lt.duration.toFixed(0)} ms at ${((lt.start - pageNowAtStart) / 1000).toFixed(1)} s: ${inExt}/${busy} samples in extension code (${top})`);
    }
  }
  // where the extension's time goes: self time per function of its own scripts. On-CPU (each
  // sample capped at two intervals, as above): the raw gaps of a loaded machine charged a wait for
  // a core to whatever ran next, which made cheap calls (requestAnimationFrame) look expensive
  const selfByFn = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    if (!isExt(id)) return;
    const cf = n.callFrame as ProfileNode['callFrame'] & { lineNumber?: number; columnNumber?: number };
    const key = cf.url.startsWith('chrome-extension://') ? sourceName(cf.url, cf.functionName, cf.lineNumber ?? 0, cf.columnNumber ?? 0) : `${cf.functionName || '(native)'} (called from the extension)`;
    selfByFn.set(key, (selfByFn.get(key) ?? 0) + Math.min(profile.timeDeltas[i] ?? 0, 2 * SAMPLE_US));
  });
  const top = [...selfByFn].sort((x, y) => y[1] - x[1]).slice(0, Number(process.env.LG_BENCH_TOP ?? 8));
  // and inclusive (on-CPU) time per function: what a call costs with everything it calls
  const inclByFn = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    if (!isExt(id)) return;
    const on = Math.min(profile.timeDeltas[i] ?? 0, 2 * SAMPLE_US);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const cf = byId.get(n)!.callFrame as ProfileNode['callFrame'] & { lineNumber?: number; columnNumber?: number };
      if (!cf.url.startsWith('chrome-extension://')) continue;
      const key = sourceName(cf.url, cf.functionName, cf.lineNumber ?? 0, cf.columnNumber ?? 0);
      if (seen.has(key)) continue;
      seen.add(key);
      inclByFn.set(key, (inclByFn.get(key) ?? 0) + on);
    }
  });
  const inclusive = [...inclByFn].sort((x, y) => y[1] - x[1]).slice(0, Number(process.env.LG_BENCH_TOP ?? 8));
  return { total, extUs, idle, program, gc, busy: total - idle, extLong, extLongInfo, extLongTasks, top, inclusive, totalOn, extOn };
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const quantile = (xs: number[], q: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const target = (name: string, measured: string, ok: boolean) => console.log(`target ${name}: measured ${measured} ${ok ? 'PASS' : 'MISS'}`);

// ---- thread CPU time from a trace ---------------------------------------------------------------
/**
 * The extension's CPU time on the renderer's main thread, from Chrome's trace: every call into a
 * chrome-extension:// script (MutationObserver and animation-frame callbacks, timers, events) is a
 * FunctionCall event whose `tdur` is thread CPU time (CLOCK_THREAD_CPUTIME_ID), so time the thread
 * spent waiting for a core on this shared machine is not in it. Nested calls are counted once.
 */
interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { data?: { url?: string; functionName?: string; lineNumber?: number; columnNumber?: number } } }
/** engine events reported inside the extension's calls */
const INSIDE = new Set(['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'UpdateLayoutTree', 'Layout', 'RecalculateStyles', 'ParseHTML']);
/** a performance.mark the page sets once the trace runs: its trace time and page time tie the two clocks */
const CLOCK_MARK = 'lg-bench-clock';
/**
 * LG_BENCH_TRACE_CATEGORIES: more trace categories (comma-separated, e.g.
 * `v8,blink,disabled-by-default-v8.runtime_stats`); every event is kept and what runs inside the
 * extension's calls is printed by name (trace-inside.ts). They cost the renderer CPU themselves:
 * compare such runs with each other, never with plain ones.
 */
const EXTRA_CATEGORIES = (process.env.LG_BENCH_TRACE_CATEGORIES ?? '').split(',').filter(Boolean);
async function startTrace(cdp: CDPSession, page: Page) {
  const events: TraceEvent[] = [];
  const raw: RawEvent[] = [];
  let markTs: number | null = null;
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value as unknown as TraceEvent[]) {
      if (EXTRA_CATEGORIES.length && (ev.ph === 'X' || ev.ph === 'B' || ev.ph === 'E')) raw.push(ev as RawEvent);
      if (ev.ph === 'X' && (ev.name === 'FunctionCall' || INSIDE.has(ev.name))) events.push(ev);
      else if (ev.name === CLOCK_MARK) markTs = ev.ts;
    }
  });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'blink.user_timing', ...EXTRA_CATEGORIES], recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
  const markPageMs = await page.evaluate((name) => performance.mark(name).startTime, CLOCK_MARK);
  return async () => {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    const ext = events.filter((e) => e.name === 'FunctionCall' && e.args?.data?.url?.startsWith('chrome-extension://')).sort((a, b) => a.ts - b.ts);
    let cpuUs = 0, wallUs = 0, calls = 0;
    const byCallback = new Map<string, { cpuUs: number; calls: number }>();
    const outer: TraceEvent[] = [];
    const outerKeys: string[] = [];
    const openUntil = new Map<string, number>();
    for (const e of ext) {
      const thread = `${e.pid}:${e.tid}`;
      if (e.ts < (openUntil.get(thread) ?? -Infinity)) continue; // nested in an extension call already counted
      openUntil.set(thread, e.ts + (e.dur ?? 0));
      cpuUs += e.tdur ?? e.dur ?? 0;
      wallUs += e.dur ?? 0;
      calls++;
      outer.push(e);
      const d = e.args!.data!;
      // trace positions are 1-based lines; sourceName takes the profiler's 0-based ones
      const key = sourceName(d.url!, d.functionName ?? '', (d.lineNumber ?? 1) - 1, d.columnNumber ?? 0);
      outerKeys.push(key);
      const b = byCallback.get(key) ?? { cpuUs: 0, calls: 0 };
      b.cpuUs += e.tdur ?? e.dur ?? 0;
      b.calls++;
      byCallback.set(key, b);
    }
    const top = [...byCallback].sort((x, y) => y[1].cpuUs - x[1].cpuUs).slice(0, 6);
    if (EXTRA_CATEGORIES.length) {
      // LG_BENCH_TRACE_FILE=file.json: the kept events, as Perfetto / DevTools open a trace
      if (process.env.LG_BENCH_TRACE_FILE) writeFileSync(process.env.LG_BENCH_TRACE_FILE, JSON.stringify({ traceEvents: raw }));
      const { self, rcs } = insideCalls(outer as RawEvent[], completeEvents(raw));
      const n = Number(process.env.LG_BENCH_TOP ?? 25);
      console.log(`inside the extension's ${outer.length} calls, self thread CPU by trace event (${EXTRA_CATEGORIES.join(', ')}):`);
      for (const [name, v] of self.slice(0, n)) console.log(`  ${(v.us / 1000).toFixed(1).padStart(8)} ms ${String(v.count).padStart(7)}×  ${name}`);
      if (rcs.length) console.log('  V8 runtime call stats inside them (time, count):');
      for (const [name, v] of rcs.slice(0, n)) console.log(`  ${(v.us / 1000).toFixed(1).padStart(8)} ms ${String(v.count).padStart(7)}×  ${name}`);
    }
    // engine work inside those calls that is not the extension's own JS: garbage collection (of
    // the whole isolate, page included: whoever allocates past the limit pays) and style/layout
    const inside = new Map<string, number>();
    // and the page's own callbacks run inside them (e.g. its MutationObservers, delivered at the
    // microtask checkpoint that ends our call): charged to the extension by the trace figure
    const others = events.filter((e) => INSIDE.has(e.name) || (e.name === 'FunctionCall' && !e.args?.data?.url?.startsWith('chrome-extension://'))).sort((a, b) => a.ts - b.ts);
    let j = 0;
    for (const call of outer) {
      const end = call.ts + (call.dur ?? 0);
      while (j < others.length && others[j].ts < call.ts) j++;
      for (let k = j; k < others.length && others[k].ts < end; k++) {
        if (others[k].pid !== call.pid || others[k].tid !== call.tid) continue;
        const name = others[k].name === 'FunctionCall' ? 'page callbacks' : others[k].name;
        inside.set(name, (inside.get(name) ?? 0) + (others[k].tdur ?? others[k].dur ?? 0));
      }
    }
    // each outer call's start on the page's clock (ms), to charge it to a window of the run
    const toPageMs = markTs === null ? null : (ts: number) => markPageMs + (ts - markTs!) / 1000;
    const timedCalls = toPageMs ? outer.map((e, i) => ({ pageMs: toPageMs(e.ts), cpuUs: e.tdur ?? e.dur ?? 0, key: outerKeys[i] })) : null;
    return { cpuUs, wallUs, calls, top, inside, outer: timedCalls };
  };
}

// ---- per-window figures and the machine's state ----------------------------------------------------
/** LG_BENCH_WINDOW_MS: the length of the windows the run's thread CPU per message is cut into */
const WINDOW_MS = Number(process.env.LG_BENCH_WINDOW_MS ?? 1000);
/**
 * The run cut into windows of WINDOW_MS: in each, the extension's thread CPU over the messages the
 * page added. On this shared 2-core machine the same code costs more CPU in a busy second than in a
 * calm one (other processes evict its caches and preempt it mid-call), so one whole-run figure
 * mixes both; the windows' spread shows it. p10 = the calmest seconds (a quiet estimate, still on a
 * loaded machine), p50 = a typical second (the target is judged on it), p90 = a busy second.
 * A window with less than half the rate's messages (the run's ragged end) is left out.
 */
function perWindow(calls: { pageMs: number; cpuUs: number }[], batches: number[][], rate: number) {
  if (!batches.length) return null;
  const t0 = batches[0][0];
  const n = Math.ceil((batches[batches.length - 1][0] - t0 + 1) / WINDOW_MS);
  const msgs = new Array<number>(n).fill(0);
  const cpu = new Array<number>(n).fill(0);
  for (const [t, count] of batches) msgs[Math.floor((t - t0) / WINDOW_MS)] += count;
  for (const c of calls) {
    const k = Math.floor((c.pageMs - t0) / WINDOW_MS);
    if (k >= 0 && k < n) cpu[k] += c.cpuUs;
  }
  const per = msgs.flatMap((m, k) => (m >= (rate * WINDOW_MS) / 2000 ? [cpu[k] / m] : []));
  if (!per.length) return null;
  return { windows: per.length, p10: quantile(per, 0.1), p50: quantile(per, 0.5), p90: quantile(per, 0.9), min: quantile(per, 0) };
}

/**
 * Is an entry's cost a fixed part per call or a part per row? (issue 13: stop 31 read "fewer
 * messages per call cost more per message" as a fixed cost of ~250–320 µs per frame's call.) Each
 * page batch's rows are charged to the entry's first call after the batch (the MutationObserver
 * callback the batch causes, the next frame's pass over the queued rows), and the calls' thread CPU
 * is fitted as fixed + perRow × rows (least squares over the calls). A call with no batch since the
 * entry's previous call counts with 0 rows; an entry whose cost does not grow with its rows (a timer,
 * a layout check: slope ≤ 0 or r² < MIN_ROW_R2) counts as all fixed. Only for entries with
 * LG_BENCH_SPLIT_MIN_CALLS (default 100) calls or more; the fit is rough (r² ~0.2–0.7 here).
 */
const MIN_ROW_R2 = 0.05;
function fixedAndPerRow(calls: { pageMs: number; cpuUs: number; key: string }[], batches: number[][], key: string) {
  const mine = calls.filter((c) => c.key === key);
  if (mine.length < Number(process.env.LG_BENCH_SPLIT_MIN_CALLS ?? 100)) return null;
  const rows = new Array<number>(mine.length).fill(0);
  let j = 0;
  for (const [t, count] of batches) {
    while (j < mine.length && mine[j].pageMs < t) j++;
    if (j < mine.length) rows[j] += count;
  }
  const n = mine.length;
  const mx = rows.reduce((s, x) => s + x, 0) / n;
  const my = mine.reduce((s, c) => s + c.cpuUs, 0) / n;
  let sxx = 0, sxy = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = rows[i] - mx, dy = mine[i].cpuUs - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (!sxx) return null;
  const perRow = sxy / sxx;
  const r2 = syy ? (sxy * sxy) / (sxx * syy) : 0;
  // a call whose cost does not grow with the rows (a timer, a layout check) is all fixed part
  if (perRow <= 0 || r2 < MIN_ROW_R2) return { calls: n, rowsPerCall: mx, fixed: my, perRow: 0, r2, rowDriven: false };
  return { calls: n, rowsPerCall: mx, fixed: my - perRow * mx, perRow, r2, rowDriven: true };
}

/** the machine's state: load averages and the share of all cores busy since `from` (/proc/stat) */
function cpuTimes() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal
  return { idle: f[3] + (f[4] ?? 0), total: f.slice(0, 8).reduce((a, b) => a + b, 0) };
}
function machine(from?: ReturnType<typeof cpuTimes>) {
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  if (!from) return `load average ${load}`;
  const now = cpuTimes();
  const busy = 1 - (now.idle - from.idle) / Math.max(1, now.total - from.total);
  return `load average ${load}, all ${cpus().length} cores ${pct(busy)} busy during the run`;
}

// ---- content script size ------------------------------------------------------------------------
/** issue 13: what every page of the supported hosts loads (aim: <= 150 KB) */
const CONTENT_SCRIPT_AIM_KB = 150;
function contentScriptSize() {
  const file = `${EXTENSION_DIR}/content-scripts/live.js`;
  const code = readFileSync(file);
  const kb = code.length / 1000;
  console.log(`content script: content-scripts/live.js ${kb.toFixed(1)} KB (${code.length} bytes; ${(gzipSync(code).length / 1000).toFixed(1)} KB gzipped), aim <= ${CONTENT_SCRIPT_AIM_KB} KB`);
  // with a map (LG_SOURCEMAP=1 build), which packages and files the bytes come from
  if (SourceMapConsumer && existsSync(`${file}.map`)) {
    const lines = code.toString('utf8').split('\n');
    const consumer = new SourceMapConsumer(readFileSync(`${file}.map`, 'utf8')) as unknown as { eachMapping(cb: (m: { source: string | null; generatedLine: number; generatedColumn: number }) => void): void };
    const segs: { source: string | null; generatedLine: number; generatedColumn: number }[] = [];
    consumer.eachMapping((m) => segs.push({ source: m.source, generatedLine: m.generatedLine, generatedColumn: m.generatedColumn }));
    const byPart = new Map<string, number>();
    segs.forEach((m, i) => {
      const n = segs[i + 1];
      const line = lines[m.generatedLine - 1];
      const end = n && n.generatedLine === m.generatedLine ? n.generatedColumn : line.length;
      const src = (m.source ?? '(none)').replace(/^(\.\.\/)+(work\/[^/]+\/)?/, '');
      const pkg = src.match(/node_modules\/((@[^/]+\/)?[^/]+)/)?.[1];
      const part = pkg ? `npm ${pkg}` : src.split('/').slice(0, 2).join('/');
      byPart.set(part, (byPart.get(part) ?? 0) + Buffer.byteLength(line.slice(m.generatedColumn, end)));
    });
    const parts = [...byPart].sort((x, y) => y[1] - x[1]).slice(0, 12);
    console.log(`  its largest parts: ${parts.map(([p, b]) => `${p} ${(b / 1000).toFixed(1)} KB`).join(', ')}`);
  }
  return kb;
}

// ---- run ---------------------------------------------------------------------------------------
async function heapUsed(cdp: CDPSession) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const h = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
  return h.usedSize;
}

async function main() {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    if (process.env.LG_EXTENSION_DIR) throw new Error(`no extension at ${EXTENSION_DIR}`);
    console.log('building the extension (npm run build)…');
    if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) throw new Error('build failed');
  }
  const scriptKb = contentScriptSize();
  console.log(`room: ${ROOM_URL} (demo/sites/douyin.html); ${benign.length} benign real lines, ${RISKY_TEMPLATES.length} risky templates, ${RISKY_SHARE * 100}% risky`);
  const { context, userDataDir } = await launchWithExtension(EXTENSION_DIR);
  try {
    await blockUnrouted(context);
    await serve(context, `${ROOM_URL}**`, fixture('sites/douyin.html'));
    const page = context.pages()[0] ?? (await context.newPage());
    // tsx (esbuild keepNames) wraps named functions in __name(), which the page does not have
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.addInitScript(INSTRUMENTS);
    await page.goto(ROOM_URL);
    await page.locator('liveguard-overlay').waitFor({ state: 'attached', timeout: 20_000 });
    // the fixture's own phone row is marked once the room is running: the pipeline is live
    await page.locator('[data-liveguard-mark]').first().waitFor({ state: 'attached', timeout: 20_000 });
    const cdp = await context.newCDPSession(page);

    // phase 1: the rate run, profiled
    const count = Math.round(SECONDS * RATE);
    if (PROFILE) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
    }
    await page.evaluate(() => ((window as unknown as { __lgBench: { longTasks: unknown[] } }).__lgBench.longTasks.length = 0));
    if (PROFILE) await cdp.send('Profiler.start');
    const stopTrace = await startTrace(cdp, page);
    const pageNowAtStart = await page.evaluate(() => performance.now());
    console.log(`phase 1 starts: ${machine()}`);
    const cpuAtStart = cpuTimes();
    const t0 = Date.now();
    await inject(page, messages(count, 0), RATE, TICK_MS, 1_000_000);
    await page.waitForTimeout(1000); // the last batch's frame
    const trace = await stopTrace();
    const { profile } = PROFILE ? ((await cdp.send('Profiler.stop')) as { profile: Profile }) : { profile: NO_PROFILE };
    // LG_BENCH_PROFILE=file.cpuprofile: phase 1's CPU profile as DevTools opens it (Performance panel)
    if (process.env.LG_BENCH_PROFILE) writeFileSync(process.env.LG_BENCH_PROFILE, JSON.stringify(profile));
    const wallS = (Date.now() - t0) / 1000;
    const b1 = await page.evaluate(() => {
      const b = (window as unknown as { __lgBench: { longTasks: { start: number; duration: number }[]; markLatency: number[]; inserted: number; risky: number; batches: number[][] } }).__lgBench;
      return { longTasks: [...b.longTasks], markLatency: [...b.markLatency], inserted: b.inserted, risky: b.risky, batches: b.batches.splice(0) };
    });
    const machineRun = machine(cpuAtStart);
    const a = analyse(profile, pageNowAtStart, b1.longTasks);
    const share = a.extUs / a.total;
    const shareOn = a.extOn / a.totalOn;
    console.log(`phase 1: ${b1.inserted} messages (${b1.risky} risky) in ${wallS.toFixed(1)} s = ${(b1.inserted / wallS).toFixed(0)} msgs/s`);
    console.log(`main thread (profiler, ${(a.total / 1e6).toFixed(1)} s sampled every 0.5 ms): extension JS ${(a.extUs / 1000).toFixed(0)} ms = ${pct(share)} of all time, ${pct(a.extUs / a.busy)} of busy time; busy ${pct(a.busy / a.total)} (native/layout ${pct(a.program / a.total)}, GC ${pct(a.gc / a.total)})`);
    for (const [fn, us] of a.top) console.log(`  extension self time (on-CPU) ${(us / 1000).toFixed(1).padStart(7)} ms  ${fn}`);
    for (const [fn, us] of a.inclusive) console.log(`  extension total time (on-CPU) ${(us / 1000).toFixed(1).padStart(7)} ms  ${fn}`);
    console.log(`on-CPU view (gaps > ${(2 * SAMPLE_US) / 1000} ms between samples = renderer waiting for a core, ${pct(1 - a.totalOn / a.total)} of the run, not charged): extension ${(a.extOn / 1000).toFixed(0)} ms = ${pct(shareOn)}`);
    const perMsgCpu = trace.cpuUs / b1.inserted;
    console.log(`extension JS per message: ${(a.extUs / b1.inserted).toFixed(0)} µs raw, ${(a.extOn / b1.inserted).toFixed(0)} µs on-CPU (profiler); thread CPU time (trace, ${trace.calls} calls into the extension): ${perMsgCpu.toFixed(1)} µs/message over the whole run = ${(perMsgCpu / PER_MESSAGE_TARGET_US).toFixed(2)}× the ${PER_MESSAGE_TARGET_US} µs target (wall ${(trace.wallUs / b1.inserted).toFixed(1)} µs)`);
    const win = trace.outer ? perWindow(trace.outer, b1.batches, RATE) : null;
    if (win) {
      console.log(`thread CPU per message by ${WINDOW_MS / 1000}-s window (${win.windows} windows): quiet p10 ${win.p10.toFixed(1)} µs (calmest seconds; least ${win.min.toFixed(1)}), typical p50 ${win.p50.toFixed(1)} µs, busy p90 ${win.p90.toFixed(1)} µs`);
    } else console.log('thread CPU per message by window: not computed (the clock mark was not in the trace)');
    console.log(`  the machine during phase 1: ${machineRun} (figures above include what sharing the cores costs the code: cold caches, preemption mid-call)`);
    // each call (a frame's pass above all) has a fixed part: fewer frames on a loaded machine batch more rows per call and lower the figure per message
    console.log(`  ${(b1.inserted / trace.calls).toFixed(1)} messages per call into the extension (${trace.calls} calls): compare runs at similar values`);
    console.log(`  inside those calls (thread CPU): ${[...trace.inside].map(([n, us]) => `${n} ${(us / 1000).toFixed(1)} ms`).join(', ') || 'no GC or style/layout events'}`);
    // the run's thread CPU per message cut into the fitted entries' fixed parts (calls × fixed),
    // their row parts, and every other entry: what batching could win, and what it could not
    let fixedUs = 0, rowUs = 0, fittedUs = 0;
    for (const [fn, b] of trace.top) {
      console.log(`  thread CPU by entry into the extension ${(b.cpuUs / 1000).toFixed(1).padStart(7)} ms in ${String(b.calls).padStart(5)} calls  ${fn}`);
      const split = trace.outer ? fixedAndPerRow(trace.outer, b1.batches, fn) : null;
      if (!split) continue;
      if (split.rowDriven) console.log(`    fitted over its calls: ${split.fixed.toFixed(0)} µs fixed per call + ${split.perRow.toFixed(1)} µs per row (${split.rowsPerCall.toFixed(1)} rows per call on average, r² ${split.r2.toFixed(2)})`);
      else console.log(`    its cost does not follow the rows (r² ${split.r2.toFixed(2)}): ${split.fixed.toFixed(0)} µs per call, all fixed`);
      fixedUs += split.fixed * split.calls;
      rowUs += split.perRow * split.rowsPerCall * split.calls;
      fittedUs += b.cpuUs;
    }
    if (fittedUs) {
      const per = (us: number) => `${(us / b1.inserted).toFixed(1)} µs`;
      console.log(`  per message: ${per(trace.cpuUs)} = fitted entries' fixed parts ${per(fixedUs)} + their row parts ${per(rowUs)} + other calls ${per(trace.cpuUs - fittedUs)} (timers, layout checks, rendering; a rate's fixed parts shrink only with fewer calls)`);
    }
    const lat = b1.markLatency;
    console.log(`long tasks > 50 ms: ${b1.longTasks.length} (longest ${b1.longTasks.reduce((m, l) => Math.max(m, l.duration), 0).toFixed(0)} ms), caused by the extension: ${a.extLong}`);
    for (const l of a.extLongInfo) console.log(`  extension long task: ${l}`);
    // a task is long by the wall clock, which on a loaded machine counts the time the thread waited
    // for a core: the extension's thread CPU inside each says whether it would be long on an idle core
    if (trace.outer && a.extLongTasks.length) {
      const cpuIn = a.extLongTasks.map((lt) => trace.outer!.filter((c) => c.pageMs >= lt.start && c.pageMs < lt.start + lt.duration).reduce((sum, c) => sum + c.cpuUs, 0) / 1000);
      console.log(`  the extension's thread CPU inside them: ${cpuIn.map((ms) => `${ms.toFixed(1)} ms`).join(', ')}; ${cpuIn.filter((ms) => ms > 50).length} above 50 ms (long even on an idle core)`);
    }
    console.log(`insertion -> mark: ${lat.length}/${b1.risky} risky rows marked; median ${quantile(lat, 0.5).toFixed(1)} ms, p95 ${quantile(lat, 0.95).toFixed(1)} ms, max ${quantile(lat, 1).toFixed(1)} ms`);

    // phase 2: heap growth over many messages
    const before = await heapUsed(cdp);
    const t1 = Date.now();
    await inject(page, messages(HEAP_MESSAGES, count), HEAP_RATE, 20, 5_000_000);
    await page.waitForTimeout(1500);
    const after = await heapUsed(cdp);
    const b2 = await page.evaluate(() => (window as unknown as { __lgBench: { inserted: number; markLatency: number[] } }).__lgBench);
    const growthMb = (after - before) / 1024 / 1024;
    console.log(`phase 2: ${HEAP_MESSAGES} messages in ${((Date.now() - t1) / 1000).toFixed(1)} s; heap after GC ${(before / 1024 / 1024).toFixed(1)} MB -> ${(after / 1024 / 1024).toFixed(1)} MB (growth ${growthMb.toFixed(2)} MB); risky rows marked in total ${b2.markLatency.length}`);

    await finderPhase(context);

    const risky2 = Math.round(HEAP_MESSAGES * RISKY_SHARE);
    target('extension share of main-thread time < 2% (on-CPU view)', `${pct(shareOn)} (raw, gaps charged: ${pct(share)})`, shareOn < 0.02);
    // judged on the typical second (whole run when the windows could not be cut); the quiet estimate beside it never decides
    const typical = win?.p50 ?? perMsgCpu;
    target(
      `extension CPU per message <= ${PER_MESSAGE_TARGET_US} µs (thread CPU time, ${win ? `typical ${WINDOW_MS / 1000}-s window` : 'whole run'})`,
      `${typical.toFixed(1)} µs (${(typical / PER_MESSAGE_TARGET_US).toFixed(2)}× target; whole run ${perMsgCpu.toFixed(1)} µs${win ? `, quiet p10 ${win.p10.toFixed(1)} µs` : ''}; profiler on-CPU view ${(a.extOn / b1.inserted).toFixed(0)} µs; ${machine()})`,
      typical <= PER_MESSAGE_TARGET_US,
    );
    target('long tasks caused by the extension = 0', `${a.extLong} (of ${b1.longTasks.length} in all)`, a.extLong === 0);
    const p95 = quantile(lat, 0.95);
    target('insertion to mark <= 100 ms (p95; every risky row marked)', `p95 ${p95.toFixed(1)} ms, ${lat.length}/${b1.risky} marked`, p95 <= 100 && lat.length === b1.risky);
    target(`content script <= ${CONTENT_SCRIPT_AIM_KB} KB (aim)`, `${scriptKb.toFixed(1)} KB`, scriptKb <= CONTENT_SCRIPT_AIM_KB);
    target(`heap growth over ${HEAP_MESSAGES} messages < 10 MB`, `${growthMb.toFixed(2)} MB (${b2.markLatency.length - lat.length}/${risky2} risky marked in phase 2)`, growthMb < 10);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/**
 * Phase 3 (issue 17): the structural finder's cost. The REDESIGNED Douyin room (no hook the
 * selectors know) at the same rate for LG_BENCH_FINDER_SECONDS (default 20) s: the finder logs
 * growth, takes the list after its grace period, then every row is read by shape; room facts are
 * read by shape on every info tick. Same profiler figures as phase 1, plus the first lure's delay.
 */
async function finderPhase(context: Awaited<ReturnType<typeof launchWithExtension>>['context']) {
  const seconds = Number(process.env.LG_BENCH_FINDER_SECONDS ?? 20);
  const url = 'https://live.douyin.com/880088002';
  await serve(context, `${url}**`, fixture('sites/redesigned/douyin.html'));
  const page = await context.newPage();
  await page.addInitScript({ content: 'window.__name = (f) => f; window.__fxManual = true;' });
  await page.addInitScript(INSTRUMENTS);
  await page.goto(url);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
  await cdp.send('Profiler.start');
  const pageNowAtStart = await page.evaluate(() => performance.now());
  const n = Math.round(seconds * RATE);
  await inject(page, messages(n, 0), RATE, 20, 9_000_000, true);
  await page.waitForTimeout(1000);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const b = await page.evaluate(() => {
    const x = (window as unknown as { __lgBench: { longTasks: { start: number; duration: number }[]; markLatency: number[]; inserted: number; risky: number } }).__lgBench;
    return { longTasks: [...x.longTasks], markLatency: [...x.markLatency], inserted: x.inserted, risky: x.risky, found: !!document.querySelector('[data-liveguard-chat="fallback"]') };
  });
  const a = analyse(profile, pageNowAtStart, b.longTasks);
  const shareOn = a.extOn / a.totalOn;
  // rows inserted before the finder took the list are marked when it does: the first is the finder's delay
  const firstMs = b.markLatency[0] ?? NaN;
  console.log(`phase 3 (structural finder, redesigned room): ${b.inserted} messages (${b.risky} risky) in ${seconds} s; list found by shape: ${b.found}`);
  console.log(`  extension JS ${(a.extOn / 1000).toFixed(0)} ms on-CPU = ${pct(shareOn)} (raw ${pct(a.extUs / a.total)}); ${(a.extOn / b.inserted).toFixed(0)} µs per message; long tasks by the extension: ${a.extLong}`);
  for (const [fn, us] of a.top.slice(0, 5)) console.log(`  extension self time (on-CPU) ${(us / 1000).toFixed(1).padStart(7)} ms  ${fn}`);
  console.log(`  insertion -> mark: ${b.markLatency.length}/${b.risky} risky rows marked; first ${firstMs.toFixed(0)} ms (the finder's grace and tick), median ${quantile(b.markLatency, 0.5).toFixed(1)} ms, p95 ${quantile(b.markLatency, 0.95).toFixed(1)} ms`);
  await page.close();
}

await main();
