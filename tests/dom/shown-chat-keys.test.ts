// @vitest-environment happy-dom
// Issue 13: the keys of the rows on the page (R-DATA-21) are remembered per row with a message id
// and read again when the row changes: the room's own watcher (entrypoints/live.content/watcher.ts,
// run here for real on happy-dom's MutationObserver) reports the rows changed inside. Pinned
// against reading every row, through the changes a chat list makes: rows added and trimmed, a
// row's text replaced or emptied, an emoji image removed, a recycled element given a new id, rows
// without ids (twitch, author + text keys).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchRoom } from '@/entrypoints/live.content/watcher';
import { adapterOf } from '@/lib/sites/registry';
import type { SiteAdapter } from '@/lib/sites/adapter';
import { allMatches, readChatRow } from '@/lib/sites/extract';
import { chatKey } from '@/lib/room/chat-reader';
import { createShownChatKeys } from '@/lib/room/shown-chat-keys';

const douyin = adapterOf('douyin');
const twitch = adapterOf('twitch');

/** the reading it replaced: every row read again */
function reference(adapter: SiteAdapter, doc: ParentNode): string[] {
  const shown: string[] = [];
  for (const row of allMatches(doc, adapter.descriptor.selectors.chatRow)) {
    const line = readChatRow(adapter, row);
    if (line?.text) shown.push(chatKey(line));
  }
  return shown;
}

const douyinRow = (id: number, text: string, emoji = false) =>
  `<div class="webcast-chatroom___item" data-id="${id}"><div><span class="n">观众${id}：</span><span class="w"><span class="webcast-chatroom___content-with-emoji-text">${text}</span>${emoji ? '<span class="webcast-chatroom___content-with-emoji-emoji"><img alt="[捂脸]"></span>' : ''}</span></div></div>`;

const stop = new AbortController();
afterEach(() => stop.abort());

describe('shown chat keys', () => {
  it('douyin (message ids): equals reading every row through adds, trims, edits, emptied text and recycled rows', async () => {
    document.body.innerHTML = `<div class="webcast-chatroom___items"><div id="list">${[1, 2, 3, 4].map((i) => douyinRow(i, `第${i}条 假货`, i === 2)).join('')}</div></div>`;
    const list = document.getElementById('list')!;
    const shown = createShownChatKeys(douyin);
    watchRoom({ adapter: douyin, signal: stop.signal, onRows: (rows) => shown.changed(rows), onInfoTick: () => {} });
    // the watcher reports once per frame: a remembered key is stale until then, so wait for it
    const same = (what: string) => vi.waitFor(() => expect(shown(document), what).toEqual(reference(douyin, document)), { timeout: 2000 });
    await same('first read');
    await same('nothing changed: remembered');
    list.insertAdjacentHTML('beforeend', douyinRow(5, '新的一条'));
    list.firstElementChild!.remove();
    await same('one added, one trimmed');
    list.querySelector('[data-id="3"] .webcast-chatroom___content-with-emoji-text')!.textContent = '';
    await same('a row emptied: no longer shown');
    list.querySelector('[data-id="2"] .webcast-chatroom___content-with-emoji-text')!.textContent = '';
    await same('text gone, the emoji keeps the row shown');
    list.querySelector('[data-id="2"] img')!.remove();
    await same('the emoji removed too (a removal only): no longer shown');
    list.querySelector('[data-id="3"] .webcast-chatroom___content-with-emoji-text')!.textContent = '回来了';
    await same('the emptied row filled again');
    list.querySelector('[data-id="4"]')!.setAttribute('data-id', '99');
    await same('a recycled element with a new id');
    expect(reference(douyin, document)).toContain('id:99');
  });

  it('a remembered row is not read again until the watcher reports a change inside it', () => {
    document.body.innerHTML = `<div class="webcast-chatroom___items"><div id="list">${douyinRow(1, '第1条')}</div></div>`;
    const shown = createShownChatKeys(douyin);
    expect(shown(document)).toEqual(['id:1']);
    const text = document.querySelector('.webcast-chatroom___content-with-emoji-text')!;
    text.textContent = '';
    expect(shown(document), 'no report yet: the remembered key').toEqual(['id:1']);
    shown.changed([document.querySelector('[data-id="1"]')!]);
    expect(shown(document), 'reported: read again, now empty').toEqual([]);
  });

  it("a row the room's reader keyed is not read again, and a change reported later still is (learn)", () => {
    document.body.innerHTML = `<div class="webcast-chatroom___items"><div id="list">${douyinRow(1, '第1条')}${douyinRow(2, '第2条')}</div></div>`;
    const reads = vi.fn(douyin.readChatRow!);
    const adapter: SiteAdapter = { ...douyin, readChatRow: reads };
    const shown = createShownChatKeys(adapter);
    const [r1, r2] = [...document.querySelectorAll('.webcast-chatroom___item')];
    // what run-room's ChatReader hands on: the line it read and its key
    for (const row of [r1, r2]) {
      const line = readChatRow(douyin, row)!;
      shown.learn(row, line, chatKey(line));
    }
    expect(shown(document)).toEqual(reference(douyin, document));
    expect(reads, 'both rows keyed by the reader: none read here').not.toHaveBeenCalled();
    // a key the reader could not have made from this row (another id) is not taken
    shown.learn(r1, { id: '7' }, 'id:7');
    shown.changed([r1]);
    r1.querySelector('.webcast-chatroom___content-with-emoji-text')!.textContent = '';
    expect(shown(document), 'the reported row read again, now empty').toEqual(['id:2']);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('twitch rows (no message id): author + text keys follow every edit', () => {
    const row = (who: string, text: string) => `<div class="chat-line__message"><span class="chat-author__display-name">${who}</span><span data-a-target="chat-line-message-body"><span class="text-fragment">${text}</span></span></div>`;
    document.body.innerHTML = `<div class="chat-scrollable-area__message-container">${row('a', 'fake stuff')}${row('b', 'hello')}</div>`;
    const shown = createShownChatKeys(twitch);
    expect(shown(document)).toEqual(reference(twitch, document));
    expect(shown(document).length).toBe(2);
    document.querySelector('.text-fragment')!.textContent = 'edited';
    expect(shown(document)).toEqual(reference(twitch, document));
    expect(shown(document)[0]).toContain('edited');
  });
});
