/**
 * `npm run bench -- overlay-parts` (issue 13): what each per-message piece of the content script
 * costs in real Chromium when the thread has its core, beside what it costs on this loaded machine.
 * The overlay bench's thread CPU per message (~150 µs at load 14-25 on 2 cores) is ~20× the sum of
 * these pieces measured in quiet moments; this bench tells code cost from machine cost.
 *
 * The real modules (the Douyin adapter through ChatReader, the default scanner, the data-signals
 * detectors a chat line meets) are bundled with Vite into a blank page (main world, no extension:
 * same V8, same DOM bindings), and run over real chat lines in chunks of CHUNK messages. Per piece
 * it prints the p10 of the chunks' time per message (the quiet moments: a chunk the OS did not
 * preempt) and the p50 (the machine as it is). Rows are Douyin-shaped like the overlay bench's.
 * Nothing here is a timed unit test: figures only.
 */
import { readFileSync, existsSync } from 'node:fs';
import { build } from 'vite';
import { chromium } from '@playwright/test';

const DATA = '../shared/data/text';
const CHUNK = 500;
const REPEATS = Number(process.env.LG_BENCH_REPEATS ?? 3);

if (!existsSync(DATA)) {
  console.log(`${DATA} not found; the benchmark needs the shared corpora`);
  process.exit(0);
}
const column = (path: string, col: number) =>
  readFileSync(`${DATA}/${path}`, 'utf8').split('\n').slice(1).map((l) => l.split('\t')[col]).filter((t): t is string => !!t);
const lines = [
  ...column('zh_live_chat/bilibili_video_danmaku_sample_3000.tsv', 0),
  ...column('zh_live_chat/livechat_douyin_subset.tsv', 1),
  ...column('en_live_chat/twitch_chat_nymn_2024-01-06.tsv', 3),
].filter((t) => t.length <= 200);

// the page side: real modules, bundled for the browser
const PAGE_ENTRY = `
import { createScanner } from '/lib/detect';
import { DEFAULT_BUNDLE } from '/lib/bundle/default-bundle';
import { adapterOf } from '/lib/sites/registry';
import { ChatReader } from '/lib/room/chat-reader';
import { TemplatedCommentDetector } from '/lib/data-signals/templated-comments';
import { VanishedCommentTracker } from '/lib/data-signals/vanished-comments';
import { isUnfavourable } from '/lib/data-signals/unfavourable';
window.runParts = (lines, chunk, repeats) => {
  const rows = lines.map((t, i) => {
    const r = document.createElement('div');
    r.className = 'webcast-chatroom___item webcast-chatroom___enter-done';
    r.setAttribute('data-id', String(1000000 + i));
    const inner = document.createElement('div');
    const nick = document.createElement('span');
    nick.textContent = '观众' + (i % 997) + '：';
    const wrap = document.createElement('span');
    const content = document.createElement('span');
    content.className = 'webcast-chatroom___content-with-emoji-text';
    content.textContent = t;
    wrap.append(content);
    inner.append(nick, wrap);
    r.append(inner);
    return r;
  });
  const list = document.createElement('div');
  list.append(...rows);
  document.body.append(list);
  const scanner = createScanner(DEFAULT_BUNDLE);
  const out = {};
  let sink = 0;
  const piece = (name, setup) => {
    const per = [];
    for (let rep = 0; rep < repeats; rep++) {
      const f = setup();
      for (let i = 0; i + chunk <= lines.length; i += chunk) {
        const t0 = performance.now();
        for (let k = i; k < i + chunk; k++) if (f(k)) sink++;
        per.push(((performance.now() - t0) * 1000) / chunk);
      }
    }
    per.sort((a, b) => a - b);
    out[name] = { p10: per[Math.floor(per.length * 0.1)], p50: per[Math.floor(per.length * 0.5)], chunks: per.length };
  };
  const obs = (k) => ({ kind: 'chat', text: lines[k], at: 0, site: 'douyin', roomId: '1' });
  piece('read a Douyin row (ChatReader + adapter)', () => {
    const reader = new ChatReader(adapterOf('douyin'), 'douyin', '1');
    return (k) => reader.read(rows[k], k);
  });
  piece('  of it, the Douyin adapter alone', () => {
    const douyin = adapterOf('douyin');
    return (k) => !!douyin.readChatRow(rows[k]);
  });
  piece('scan (default scanner)', () => (k) => scanner.scan(obs(k)).length);
  piece('templated-comment run', () => {
    const d = new TemplatedCommentDetector();
    return (k) => d.add(lines[k], 'u' + (k % 997), 1e9 + k * 5);
  });
  piece('vanished-comment bookkeeping', () => {
    const v = new VanishedCommentTracker();
    return (k) => (v.seen('id:' + k, lines[k], isUnfavourable(lines[k])), false);
  });
  out.sink = sink;
  return out;
};
`;

async function main() {
  const bundled = await build({
    configFile: false,
    logLevel: 'warn',
    root: process.cwd(),
    plugins: [{ name: 'entry', enforce: 'pre', resolveId: (id) => (id.endsWith('virtual:parts') ? '\0parts' : null), load: (id) => (id === '\0parts' ? PAGE_ENTRY : null) }],
    resolve: { alias: [{ find: /^\/lib\//, replacement: `${process.cwd()}/lib/` }, { find: /^@\//, replacement: `${process.cwd()}/` }] },
    build: { write: false, minify: true, lib: { entry: 'virtual:parts', formats: ['iife'], name: 'parts' }, rollupOptions: { output: { inlineDynamicImports: true } } },
  });
  const output = (Array.isArray(bundled) ? bundled[0] : bundled) as { output: { type: string; code?: string }[] };
  const code = output.output.find((o) => o.type === 'chunk')!.code!;
  const browser = await chromium.launch({ executablePath: process.env.LG_CHROMIUM ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: code });
    const out = (await page.evaluate(({ lines, CHUNK, REPEATS }) => (window as unknown as { runParts(l: string[], c: number, r: number): Record<string, { p10: number; p50: number; chunks: number }> }).runParts(lines, CHUNK, REPEATS), { lines, CHUNK, REPEATS })) as Record<string, { p10: number; p50: number; chunks: number } | number>;
    console.log(`${lines.length} real chat lines, chunks of ${CHUNK}, ${REPEATS} passes; µs per message (p10 = quiet moments, p50 = this machine now)`);
    let p10 = 0, p50 = 0;
    for (const [name, v] of Object.entries(out)) {
      if (typeof v === 'number') continue;
      // indented pieces are part of the one above: not added twice
      if (!name.startsWith(' ')) {
        p10 += v.p10;
        p50 += v.p50;
      }
      console.log(`  ${name.padEnd(42)} p10 ${v.p10.toFixed(2).padStart(6)} µs   p50 ${v.p50.toFixed(2).padStart(6)} µs   (${v.chunks} chunks)`);
    }
    console.log(`  ${'sum of the pieces'.padEnd(42)} p10 ${p10.toFixed(2).padStart(6)} µs   p50 ${p50.toFixed(2).padStart(6)} µs`);
    console.log(`load average: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  } finally {
    await browser.close();
  }
}

await main();
