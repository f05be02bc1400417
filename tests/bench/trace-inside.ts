/**
 * What the engine does inside the extension's calls (issue 13): the overlay bench's thread CPU per
 * message was ~3× what the sampling profiler charges to extension JS. With more trace categories
 * (LG_BENCH_TRACE_CATEGORIES, e.g. `v8,blink,disabled-by-default-v8.runtime_stats`) each trace event
 * nested in an extension call is charged its SELF thread CPU (its own minus its direct children's),
 * summed by name; the call's own self time is what no nested event names. V8's runtime call stats
 * (`runtime-call-stats` args on events of the runtime_stats category) are summed per counter too.
 * Pure: takes the trace's events, returns tables.
 */
export interface RawEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tts?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; 'runtime-call-stats'?: Record<string, [number, number]> };
}

/** complete events only ('X'); 'B'/'E' pairs of one thread are joined into 'X' */
export function completeEvents(events: RawEvent[]): RawEvent[] {
  const out: RawEvent[] = [];
  const open = new Map<string, RawEvent[]>();
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X') out.push(e);
    else if (e.ph === 'B') {
      const k = `${e.pid}:${e.tid}`;
      (open.get(k) ?? open.set(k, []).get(k)!).push(e);
    } else if (e.ph === 'E') {
      const b = open.get(`${e.pid}:${e.tid}`)?.pop();
      if (b) out.push({ ...b, ph: 'X', dur: e.ts - b.ts, tdur: b.tts !== undefined && e.tts !== undefined ? e.tts - b.tts : undefined, args: { ...b.args, ...e.args } });
    }
  }
  return out;
}

const label = (e: RawEvent) => (e.name === 'FunctionCall' ? `FunctionCall (${e.args?.data?.url?.startsWith('chrome-extension://') ? 'extension' : 'page'})` : e.name);

/**
 * `calls`: the outer extension calls (not nested in one another). Returns self thread CPU (µs) and
 * event count by name over everything nested in them, `(extension call itself)` for the calls' own
 * self time, and the V8 runtime call stats' time (µs) and count by counter.
 */
export function insideCalls(calls: RawEvent[], events: RawEvent[]) {
  const byThread = new Map<string, RawEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const k = `${e.pid}:${e.tid}`;
    (byThread.get(k) ?? byThread.set(k, []).get(k)!).push(e);
  }
  // parents before children: earlier start first, and the longer of two that start together
  for (const list of byThread.values()) list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, { us: number; count: number }>();
  const rcs = new Map<string, { us: number; count: number }>();
  const add = (m: typeof self, k: string, us: number, n = 1) => {
    const v = m.get(k) ?? { us: 0, count: 0 };
    v.us += us;
    v.count += n;
    m.set(k, v);
  };
  const cpu = (e: RawEvent) => e.tdur ?? e.dur ?? 0;
  for (const call of calls) {
    const list = byThread.get(`${call.pid}:${call.tid}`) ?? [];
    const end = call.ts + (call.dur ?? 0);
    // first event at or after the call's start (binary search), then walk while inside it
    let lo = 0, hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].ts < call.ts) lo = mid + 1;
      else hi = mid;
    }
    const stack: { e: RawEvent; children: number }[] = [{ e: call, children: 0 }];
    const close = (upTo: number) => {
      while (stack.length > 1 && stack[stack.length - 1].e.ts + stack[stack.length - 1].e.dur! <= upTo) {
        const top = stack.pop()!;
        add(self, label(top.e), Math.max(0, cpu(top.e) - top.children));
      }
    };
    for (let i = lo; i < list.length && list[i].ts < end; i++) {
      const e = list[i];
      if (e === call || e.ts + e.dur! > end) continue;
      close(e.ts);
      stack[stack.length - 1].children += cpu(e);
      stack.push({ e, children: 0 });
      const stats = e.args?.['runtime-call-stats'];
      if (stats) for (const [counter, [count, us]] of Object.entries(stats)) add(rcs, counter, us, count);
    }
    close(Infinity);
    add(self, '(extension call itself)', Math.max(0, cpu(call) - stack[0].children));
    const stats = call.args?.['runtime-call-stats'];
    if (stats) for (const [counter, [count, us]] of Object.entries(stats)) add(rcs, counter, us, count);
  }
  const sorted = (m: typeof self) => [...m].sort((x, y) => y[1].us - x[1].us);
  return { self: sorted(self), rcs: sorted(rcs) };
}
