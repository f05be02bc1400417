// @vitest-environment happy-dom
// Issue 17: the structural chat finder and the row-shape reader on the real captured chat DOM
// (../shared/data/dom), on every site's redesigned fixture room (all hooks renamed, rows appended by
// the page's own script) and on the non-chat fixtures (a feed, a gift ticker, a danmaku layer),
// where it must find nothing. Growth is driven step by step (no timers) and observed by a real
// MutationObserver, as in the content script.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findChatList, GrowthLog } from '@/lib/sites/fallback/chat-finder';
import { readRowByShape, rowShape } from '@/lib/sites/fallback/row-shape';
import { CHAT_MARK, watchChatByShape } from '@/lib/sites/fallback/watch-chat';
import { adapterForUrl } from '@/lib/sites/registry';
import { allMatches, readChatRow } from '@/lib/sites/extract';
import { SITE_ROOMS } from '../e2e/site-rooms';
import { fixturePath } from '../fixture-path';

const CAPTURES = resolve('../shared/data/dom');
const w = window as unknown as { __fxStep(): boolean; __fxManual?: boolean; __lureAt?: number };

/** put a fixture page into the test document and run its own growth script in manual mode */
function loadPage(file: string) {
  const html = readFileSync(fixturePath(`sites/${file}`), 'utf8').replace(/<iframe[^>]*><\/iframe>/g, '');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.title = parsed.title;
  document.body.replaceWith(document.importNode(parsed.body, true));
  const scripts = [...document.querySelectorAll('script')].filter((s) => s.textContent!.includes('__fxStep'));
  w.__fxManual = true;
  delete w.__lureAt;
  // the fixture page's OWN script (our fixture), run as the browser would; not page input
  // eslint-disable-next-line no-new-func
  for (const s of scripts) new Function(s.textContent!)();
}
/** a growth log fed by a real MutationObserver on the document, as watch-chat.ts does */
function observedLog() {
  const log = new GrowthLog();
  const mo = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) log.note(r.target, n);
  });
  mo.observe(document.documentElement, { childList: true, subtree: true });
  return { log, settle: async () => { await Promise.resolve(); await new Promise((r) => setTimeout(r, 0)); mo.takeRecords().forEach((r) => r.addedNodes.forEach((n) => log.note(r.target, n))); }, stop: () => mo.disconnect() };
}
/** the list the finder takes, with the data-fx-* test attributes removed first: it must not need them */
function findWithoutTestHooks(log: GrowthLog) {
  const list = document.querySelector('[data-fx-list]');
  const lure = document.querySelector('[data-fx-lure]');
  for (const a of ['data-fx-list', 'data-fx-row', 'data-fx-author', 'data-fx-text', 'data-fx-lure']) document.querySelectorAll(`[${a}]`).forEach((e) => e.removeAttribute(a));
  return { found: findChatList(log), list, lure };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('rowShape on real captured chat rows', () => {
  it('Douyin 2024-07 excerpt: author and text, emoji-only text as its alt, gift and entry rows as ticker, the notice not shaped', () => {
    const doc = new DOMParser().parseFromString(readFileSync(resolve(CAPTURES, 'douyin_live_chatroom_items_2024-07_excerpt.html'), 'utf8'), 'text/html');
    const shapes = [...doc.body.children].map((r) => rowShape(r));
    expect(shapes).toEqual([
      { author: '哇�🌿藤藤藤菜菜', text: '来了', ticker: true },
      { author: '花*****', text: '永远打的是外围一圈', ticker: false },
      { author: '用*****', text: '互粉', ticker: false },
      { author: '用*****', text: '[啤酒]', ticker: false },
      null, // the platform's safety notice: one text, no author
      { author: '琦*****', text: '送出了 × 1', ticker: true },
    ]);
  });

  it('Twitch chat line: the name after the badges, the text after the ":" separator', () => {
    const doc = new DOMParser().parseFromString(`<div>${readFileSync(resolve(CAPTURES, 'twitch_chat_line_sample.html'), 'utf8')}</div>`, 'text/html');
    expect(rowShape(doc.body.firstElementChild!)).toEqual({ author: 'EoinTMaher', text: 'how offensive was his food pic ? it might be ok to just un-editor him', ticker: false });
  });

  it('YouTube 2023-07-19: the timestamp skipped; a Super Chat reads author and amount + message', () => {
    const doc = new DOMParser().parseFromString(readFileSync(resolve(CAPTURES, 'youtube_live_chat_items_2023-07-19.html'), 'utf8'), 'text/html');
    const [text, paid] = [...doc.querySelectorAll('yt-live-chat-text-message-renderer, yt-live-chat-paid-message-renderer')];
    expect(rowShape(text)).toEqual({ author: 'Nightbot', text: 'hambone', ticker: false });
    const p = rowShape(paid)!;
    expect(p.text).toContain('CA$2.79');
    expect(p.author.length).toBeGreaterThan(0);
  });

  it('VK and Odysee rows (not target sites) are chat-shaped too', () => {
    const vk = new DOMParser().parseFromString(readFileSync(resolve(CAPTURES, 'vk_live_chat_message_sample.html'), 'utf8'), 'text/html');
    expect(rowShape(vk.querySelector('.mv_chat_message')!)).toEqual({ author: 'Leo Podstanicky', text: 'spasibo', ticker: false });
    const od = new DOMParser().parseFromString(readFileSync(resolve(CAPTURES, 'odysee_livestream_comment_sample.html'), 'utf8'), 'text/html');
    expect(rowShape(od.querySelector('li.livestream__comment')!)).not.toBeNull();
  });

  it('finds a list growing with the real Douyin rows, and not its wrappers', async () => {
    const doc = new DOMParser().parseFromString(readFileSync(resolve(CAPTURES, 'douyin_live_chatroom_items_2024-07_excerpt.html'), 'utf8'), 'text/html');
    const captured = [...doc.body.children];
    document.body.innerHTML = '<div class="aa"><div class="bb"><div class="cc"></div></div></div>';
    const list = document.querySelector('.cc')!;
    const { log, settle, stop } = observedLog();
    for (const r of captured) list.appendChild(document.importNode(r, true));
    await settle();
    stop();
    expect(findChatList(log)?.el).toBe(list);
  });
});

describe('virtualised chat lists', () => {
  it('rows placed vertically by inline transforms (TikTok-style data-index rows) are still the chat', async () => {
    document.body.innerHTML = '<div class="q1"><div class="q2"></div></div>';
    const list = document.querySelector('.q2')!;
    const { log, settle, stop } = observedLog();
    for (let i = 0; i < 5; i++) {
      const row = document.createElement('div');
      row.setAttribute('data-index', String(i));
      row.setAttribute('style', `position: absolute; top: 0; transform: translateY(${i * 28}px)`);
      const a = document.createElement('span');
      a.textContent = `viewer${i}`;
      const t = document.createElement('span');
      t.textContent = `message number ${i}`;
      row.append(a, t);
      list.appendChild(row);
    }
    await settle();
    stop();
    expect(findChatList(log)?.el).toBe(list);
  });
});

describe('redesigned fixture rooms: selectors read nothing, the finder takes the chat list', () => {
  for (const room of SITE_ROOMS) {
    const file = Object.values(room.pages).find((f) => !room.chatFrame || f.includes('chat'))!;
    it(`${room.site} (redesigned/${file})`, async () => {
      loadPage(`redesigned/${file}`);
      const adapter = adapterForUrl(new URL(room.url))!;
      // the redesign broke the site's selectors: no chat line with text comes out of them
      expect(allMatches(document, adapter.descriptor.selectors.chatRow).map((r) => readChatRow(adapter, r)).filter((l) => l?.text)).toEqual([]);
      const { log, settle, stop } = observedLog();
      for (let i = 0; i < 4; i++) w.__fxStep();
      await settle();
      stop();
      const { found, list, lure } = findWithoutTestHooks(log);
      expect(found?.el).toBe(list);
      const lines = [...found!.el.children].map(readRowByShape).filter((l) => l?.kind === 'chat');
      expect(lines.length).toBeGreaterThanOrEqual(5);
      const lureLine = readRowByShape(lure!)!;
      expect(lureLine.text).toMatch(/139 8765 4321|dm me on telegram/);
      expect(lureLine.author).toMatch(/^(便\*{5}|dealzz)$/);
    });
  }
});

describe('non-chat pages: 0 chat lists', () => {
  for (const file of ['non-chat/feed.html', 'non-chat/gift-ticker.html', 'non-chat/danmaku.html']) {
    it(`${file}: the growing feed / ticker / layer is not taken for the chat`, async () => {
      loadPage(file);
      const { log, settle, stop } = observedLog();
      for (let i = 0; i < 15; i++) w.__fxStep();
      await settle();
      stop();
      expect(log.entries().length).toBeGreaterThan(0); // it did grow
      expect(findChatList(log)).toBeNull();
    });
  }
  it('a fixture room whose page does not change: nothing grew, nothing is taken', async () => {
    loadPage('douyin.html');
    const { log, settle, stop } = observedLog();
    await settle();
    stop();
    expect(findChatList(log)).toBeNull();
  });
});

describe('watchChatByShape (the glue): waits for the selectors, then reads the found list', () => {
  it('delivers the list rows and marks the list; stands aside once selectors read', async () => {
    loadPage('redesigned/twitch.html');
    const abort = new AbortController();
    const rows: Element[] = [];
    let selectors = false;
    const watch = watchChatByShape({ signal: abort.signal, selectorsRead: () => selectors, onRows: (r) => rows.push(...r), graceMs: 0, tickMs: 5 });
    for (let i = 0; i < 3; i++) w.__fxStep();
    await vi.waitFor(() => expect(watch.how()).toBe('fallback'));
    const list = document.querySelector(`[${CHAT_MARK}="fallback"]`)!;
    expect(list).toBe(document.querySelector('[data-fx-list]'));
    await vi.waitFor(() => expect(rows.length).toBe(list.children.length));
    w.__fxStep();
    await vi.waitFor(() => expect(rows.length).toBe(list.children.length));
    expect(rows.map((r) => readRowByShape(r)?.text)).toContain('cheaper if you dm me on telegram');
    selectors = true;
    await vi.waitFor(() => expect(watch.how()).toBe('selectors'));
    expect(document.querySelector(`[${CHAT_MARK}]`)).toBeNull();
    abort.abort();
  });
});
