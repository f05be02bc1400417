// @vitest-environment happy-dom
// Issue 5: the Douyin adapter reads a chat row with fewer DOM queries (one query for the content
// parts, the nickname found without copying the span list). Pinned against the plain reading it
// replaced, on the fixture room, the real captured DOM (when ../shared is there) and rows varied
// around the shapes sites.md §1 describes (emoji parts, no nickname, gifts, notices, nesting).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterOf } from '@/lib/sites/registry';
import type { ChatLine } from '@/lib/sites/adapter';
import { elementText } from '@/lib/sites/text';

const douyin = adapterOf('douyin');

const CONTENT = '.webcast-chatroom___content-with-emoji-text, .webcast-chatroom___content-with-emoji-emoji';
/** the reading before issue 5's round: querySelector, [...querySelectorAll('span')].find, map/join */
function reference(row: Element): ChatLine | null {
  const id = row.getAttribute('data-id') ?? '';
  const notice = row.querySelector('.webcast-chatroom__room-message');
  if (notice) return { id, text: elementText(notice), system: true };
  const content = row.querySelector(CONTENT);
  const nick = [...row.querySelectorAll('span')].find((s) => !s.contains(content) && /[：:]\s*$/.test(s.textContent ?? ''));
  const author = nick?.textContent?.replace(/[：:]\s*$/, '').trim();
  if (!content) {
    const text = elementText(row);
    return { id, author, text, kind: /送出了/.test(text) ? 'gift' : 'other' };
  }
  const text = [...row.querySelectorAll(CONTENT)].map((e) => elementText(e)).join('');
  return { id, author, text, kind: 'chat' };
}

function rows(html: string): Element[] {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  return [...doc.querySelectorAll('.webcast-chatroom___item')];
}

const VARIED = [
  // plain row: nickname span, content
  '<div class="webcast-chatroom___item" data-id="1"><div><span class="a">观众1：</span><span class="w"><span class="webcast-chatroom___content-with-emoji-text">加我薇信 abc</span></span></div></div>',
  // text and emoji parts interleaved, an emoji image with alt
  '<div class="webcast-chatroom___item" data-id="2"><span>小明:</span><span><span class="webcast-chatroom___content-with-emoji-text">好</span><span class="webcast-chatroom___content-with-emoji-emoji"><img alt="[捂脸]"></span><span class="webcast-chatroom___content-with-emoji-text">看</span></span></div>',
  // the content itself ends with a colon: not the nickname
  '<div class="webcast-chatroom___item" data-id="3"><span>路人 ：</span><span class="webcast-chatroom___content-with-emoji-text">价格：</span></div>',
  // no nickname span at all; a colon only inside the content wrapper
  '<div class="webcast-chatroom___item" data-id="4"><span><span class="webcast-chatroom___content-with-emoji-text">问：多少钱：</span></span></div>',
  // emoji part first in document order
  '<div class="webcast-chatroom___item"><span>甲：</span><span class="webcast-chatroom___content-with-emoji-emoji"><img alt="[赞]"></span><span class="webcast-chatroom___content-with-emoji-text">主播</span></div>',
  // gift and other rows (no content)
  '<div class="webcast-chatroom___item" data-id="6"><span>乙：</span><span>送出了 小心心 x3</span></div>',
  '<div class="webcast-chatroom___item" data-id="7"><span>丙来了</span></div>',
  // a platform notice
  '<div class="webcast-chatroom___item" data-id="8"><div class="webcast-chatroom__room-message">欢迎来到直播间</div></div>',
  // nested spans around the nickname, a second colon span later
  '<div class="webcast-chatroom___item" data-id="9"><span><span>丁</span>：</span><span>备注：</span><span class="webcast-chatroom___content-with-emoji-text">hi</span></div>',
  // whitespace after the colon, full-width and ASCII
  '<div class="webcast-chatroom___item" data-id="10"><span>戊:  </span><span class="webcast-chatroom___content-with-emoji-text">  多个   空格 </span></div>',
  // issue 13 (the nickname found by walking the row's elements): the nickname two levels up and over
  // from the first span, after a badge with no colon, and a colon span only after the content
  '<div class="webcast-chatroom___item" data-id="11"><div><span><span>Lv3</span></span></div><div><div><span>己：</span></div></div><span class="webcast-chatroom___content-with-emoji-text">嗨</span></div>',
  '<div class="webcast-chatroom___item" data-id="12"><div><span class="webcast-chatroom___content-with-emoji-text">先说</span></div><i><b><span>庚：</span></b></i></div>',
].join('');

describe('Douyin readChatRow', () => {
  it('reads every varied row exactly like the plain reading', () => {
    const all = rows(VARIED);
    expect(all.length).toBe(12);
    for (const r of all) expect(douyin.readChatRow!(r), r.outerHTML).toEqual(reference(r));
    // the cases do exercise authors, emoji parts and every kind
    const got = all.map((r) => douyin.readChatRow!(r));
    expect(got.filter((l) => l?.author).length).toBeGreaterThanOrEqual(8);
    expect(new Set(got.map((l) => l?.kind ?? (l?.system ? 'system' : '')))).toEqual(new Set(['chat', 'gift', 'other', 'system']));
  });

  it('reads the fixture room and the captured real DOM exactly like the plain reading', () => {
    const sources = [readFileSync(resolve('demo/sites/douyin.html'), 'utf8')];
    const capture = resolve('../shared/data/dom/douyin_live_chatroom_items_2024-07_excerpt.html');
    if (existsSync(capture)) sources.push(readFileSync(capture, 'utf8'));
    let n = 0;
    for (const html of sources) {
      const doc = new DOMParser().parseFromString(html.replace(/<iframe[^>]*><\/iframe>/g, ''), 'text/html');
      for (const r of doc.querySelectorAll('.webcast-chatroom___item')) {
        expect(douyin.readChatRow!(r)).toEqual(reference(r));
        n++;
      }
    }
    expect(n).toBeGreaterThan(5);
  });
});
