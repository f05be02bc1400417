// @vitest-environment happy-dom
// Chat rows become observations exactly once (issue 5): the same element, a re-rendered copy of it
// (virtualised lists), and rows an earlier room of the tab already read are not counted again.
import { describe, expect, it } from 'vitest';
import { ChatReader, chatKey } from '@/lib/room/chat-reader';
import { adapterOf } from '@/lib/sites/registry';

const douyin = adapterOf('douyin');
const twitch = adapterOf('twitch');

function douyinRow(id: string, author: string, text: string): Element {
  const row = document.createElement('div');
  row.className = 'webcast-chatroom___item';
  row.setAttribute('data-id', id);
  const nick = document.createElement('span');
  nick.textContent = `${author}：`;
  const body = document.createElement('span');
  body.className = 'webcast-chatroom___content-with-emoji-text';
  body.textContent = text;
  row.append(nick, body);
  return row;
}
function twitchRow(author: string, text: string): Element {
  const row = document.createElement('div');
  row.className = 'chat-line__message';
  const a = document.createElement('span');
  a.setAttribute('data-a-target', 'chat-message-username');
  a.textContent = author;
  const body = document.createElement('span');
  body.setAttribute('data-a-target', 'chat-line-message-body');
  body.textContent = text;
  row.append(a, body);
  return row;
}

describe('ChatReader', () => {
  it('reads a row once; a re-rendered copy with the same message id is not counted again', () => {
    const r = new ChatReader(douyin, 'douyin', '1');
    const row = douyinRow('77', '花*****', '加V信 ab123');
    expect(r.read(row, 5)?.obs).toMatchObject({ kind: 'chat', id: '77', author: '花*****', text: '加V信 ab123', at: 5, site: 'douyin', roomId: '1' });
    expect(r.read(row)).toBeNull();
    const copy = row.cloneNode(true) as Element;
    expect(r.read(copy)).toBeNull();
    expect(r.repeatOf(copy)).toBe('id:77'); // so the page can put its mark back
    expect(r.repeatOf(douyinRow('79', 'x', 'y'))).toBeNull();
    // the same words as another message (new id) are a new observation
    expect(r.read(douyinRow('78', '花*****', '加V信 ab123'))).not.toBeNull();
  });

  it('without message ids, author + text is the key: same author repeating is one, another author is new', () => {
    const r = new ChatReader(twitch, 'twitch', 'chan');
    expect(r.read(twitchRow('amy', 'link in bio'))).not.toBeNull();
    expect(r.read(twitchRow('amy', 'link in bio'))).toBeNull();
    expect(r.read(twitchRow('bob', 'link in bio'))).not.toBeNull();
    expect(chatKey({ author: 'amy', text: 'x' })).not.toBe(chatKey({ author: 'bob', text: 'x' }));
    expect(chatKey({ id: '1', author: 'amy', text: 'x' })).toBe(chatKey({ id: '1', author: 'bob', text: 'y' }));
  });

  it('platform notices are observations of kind notice; gift rows and empty rows are skipped', () => {
    const r = new ChatReader(douyin, 'douyin', '1');
    const notice = document.createElement('div');
    notice.className = 'webcast-chatroom___item';
    notice.setAttribute('data-id', 'n1');
    const msg = document.createElement('div');
    msg.className = 'webcast-chatroom__room-message';
    msg.textContent = '欢迎来到直播间';
    notice.append(msg);
    expect(r.read(notice)?.obs).toMatchObject({ kind: 'notice', text: '欢迎来到直播间' });
    const gift = document.createElement('div');
    gift.className = 'webcast-chatroom___item';
    gift.setAttribute('data-id', 'g1');
    gift.textContent = '送出了 ×1';
    expect(r.read(gift)).toBeNull();
    expect(r.read(douyinRow('e1', 'x', ''))).toBeNull();
  });

  it('a row read before its text arrived is read once the text is there (the watcher reads a batch as soon as it is added)', () => {
    const r = new ChatReader(douyin, 'douyin', '1');
    const row = douyinRow('f1', '观众', '');
    expect(r.read(row)).toBeNull();
    row.querySelector('.webcast-chatroom___content-with-emoji-text')!.textContent = '加V信 ab123';
    expect(r.read(row)?.obs).toMatchObject({ kind: 'chat', id: 'f1', text: '加V信 ab123' });
    expect(r.read(row), 'read once').toBeNull();
  });

  it('rows read by an earlier room of the tab (shared set) are not the next room\'s chat', () => {
    const shared = new WeakSet<Element>();
    const old = new ChatReader(twitch, 'twitch', 'a', shared);
    const leftover = twitchRow('amy', 'selling vape juice');
    expect(old.read(leftover)).not.toBeNull();
    const next = new ChatReader(twitch, 'twitch', 'b', shared);
    expect(next.read(leftover)).toBeNull();
    expect(next.read(twitchRow('amy', 'selling vape juice'))).not.toBeNull(); // the new room's own row
  });

  it("hands on each observation's chatKey (issue 13: made once, features take it instead of making it again)", () => {
    const r = new ChatReader(twitch, 'twitch', 'chan');
    const long = r.read(twitchRow('a'.repeat(500), 'b'.repeat(5000)))!;
    expect(long.key).toBe(chatKey(long.obs));
    expect(long.key).toBe(`t:${'a'.repeat(200)}|${'b'.repeat(2000)}`);
    const d = new ChatReader(douyin, 'douyin', '1').read(douyinRow('77', '花*****', '加V信 ab123'))!;
    expect(d.key).toBe(chatKey(d.obs));
    expect(d.key).toBe('id:77');
  });

  it('caps text and author length (page content is hostile)', () => {
    const r = new ChatReader(twitch, 'twitch', 'chan');
    const o = r.read(twitchRow('a'.repeat(500), 'b'.repeat(5000)))!.obs;
    expect(o.text).toHaveLength(2000);
    expect(o.author).toHaveLength(200);
  });
});
