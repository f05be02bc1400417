// The overlay bench's attribution helpers (issue 13): what runs inside the extension's calls, from a
// trace (trace-inside.ts), and where a perf sample's time went (perf-attribution-core.ts).
import { describe, expect, it } from 'vitest';
import { completeEvents, insideCalls, type RawEvent } from '../../bench/trace-inside';
import { frameKind, parsePerfScript, perfAttribution } from '../../bench/perf-attribution-core';

const ev = (name: string, ts: number, dur: number, tdur: number, extra: Partial<RawEvent> = {}): RawEvent => ({ name, ph: 'X', ts, dur, tdur, pid: 1, tid: 1, ...extra });

describe('insideCalls', () => {
  it('charges each nested event its own thread CPU and the call the rest', () => {
    const call = ev('FunctionCall', 100, 100, 80, { args: { data: { url: 'chrome-extension://x/live.js' } } });
    const events = [
      call,
      ev('UpdateLayoutTree', 110, 30, 20), // 20 self: 5 go to its child
      ev('RecalcStyle', 115, 10, 5),
      ev('V8.GC_SCAVENGER', 150, 10, 10),
      ev('Paint', 300, 10, 10), // after the call: not charged
      ev('Layout', 120, 5, 5, { tid: 2 }), // another thread: not charged
    ];
    const { self } = insideCalls([call], events);
    expect(Object.fromEntries(self.map(([n, v]) => [n, v.us]))).toEqual({ UpdateLayoutTree: 15, RecalcStyle: 5, 'V8.GC_SCAVENGER': 10, '(extension call itself)': 50 });
  });

  it('names a page callback run inside the call apart from extension code, and sums runtime call stats', () => {
    const call = ev('FunctionCall', 0, 100, 100, { args: { data: { url: 'chrome-extension://x/live.js' }, 'runtime-call-stats': { IC_Miss: [2, 7] } } });
    const page = ev('FunctionCall', 50, 20, 20, { args: { data: { url: 'https://live.douyin.com/' }, 'runtime-call-stats': { IC_Miss: [1, 3] } } });
    const { self, rcs } = insideCalls([call], [call, page]);
    expect(self.find(([n]) => n === 'FunctionCall (page)')?.[1].us).toBe(20);
    expect(rcs).toEqual([['IC_Miss', { us: 10, count: 3 }]]);
  });

  it('joins begin/end pairs into complete events, thread time from their thread clocks', () => {
    const joined = completeEvents([
      { name: 'RunMicrotasks', ph: 'B', ts: 10, tts: 100, pid: 1, tid: 1 },
      { name: 'RunMicrotasks', ph: 'E', ts: 40, tts: 120, pid: 1, tid: 1 },
    ]);
    expect(joined).toEqual([expect.objectContaining({ name: 'RunMicrotasks', ph: 'X', ts: 10, dur: 30, tdur: 20 })]);
  });
});

describe('perfAttribution', () => {
  const SCRIPT = 'content-scripts/live.js';
  const text = [
    '17602 ',
    '\t    5e12d9c [unknown] (/usr/lib/chromium/chromium)',
    "\t    559dc4a4e989 JS:+'readChatRow chrome-extension://abc/content-scripts/live.js:1:2651 (/tmp/perf-1.map)",
    "\t    559dc4ab9748 JS:+'a chrome-extension://abc/content-scripts/live.js:1:84315 (/tmp/perf-1.map)",
    '17602 ',
    "\t    559dc4ab607b JS:*'scan chrome-extension://abc/content-scripts/live.js:2:10 (/tmp/perf-1.map)",
    "\t    559dc4ab9748 JS:+'a chrome-extension://abc/content-scripts/live.js:1:84315 (/tmp/perf-1.map)",
    ' 3232 ', // perf right-aligns shorter thread ids
    '\t    5e12d9c [unknown] (/usr/lib/chromium/chromium)',
    '\t    2d94337 ChromeMain (/usr/lib/chromium/chromium)',
    '',
  ].join('\n');

  it('reads perf script stacks innermost frame first', () => {
    const s = parsePerfScript(text);
    expect(s).toHaveLength(3);
    expect(s[0][0]).toBe('[unknown] (/usr/lib/chromium/chromium)');
    expect(frameKind(s[0][0], SCRIPT)).toBe('c++');
    expect(frameKind(s[1][0], SCRIPT)).toBe('script');
    expect(frameKind('ffffffff81000000 irqentry_exit_to_user_mode ([kernel.kallsyms])', SCRIPT)).toBe('kernel');
  });

  it('counts only samples inside the script: C++ by the script function that called it, and inclusive time', () => {
    const a = perfAttribution(parsePerfScript(text), SCRIPT, (line, column) => (line === 1 && column === 2650 ? 'lib/sites/adapters/douyin.ts:7' : null));
    expect(a.total).toBe(3);
    expect(a.samples).toBe(2);
    expect(a.leaf.map(([k, n]) => [k.split(' ')[0], n])).toEqual([['browser', 1], ['our', 1]]);
    expect(a.nativeByCaller).toEqual([['readChatRow lib/sites/adapters/douyin.ts:7', 1]]);
    expect(a.inclusive.find(([k]) => k.startsWith('a '))?.[1]).toBe(2);
  });
});
