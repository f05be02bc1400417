/** Douyin web live (sites.md §1). Nicknames have only hashed classes, so rows are read by shape. */
import type { ChatLine } from '../adapter';
import { defineAdapter } from '../define-adapter';
import { douyinSite } from '../descriptors/douyin';
import { elementText } from '../text';

export const douyin = defineAdapter(douyinSite, {
  readChatRow(row): ChatLine | null {
    const id = row.getAttribute('data-id') ?? '';
    const notice = row.querySelector('.webcast-chatroom__room-message');
    if (notice) return { id, text: elementText(notice), system: true };
    // one query for the content parts (text and emoji); the first in document order is the
    // element querySelector would give (issue 5 bench: this reading ran for every row)
    const parts = row.querySelectorAll(CONTENT_PARTS);
    const content = parts.length ? parts[0] : null;
    const author = nickname(row, content)?.replace(/[：:]\s*$/, '').trim();
    if (!content) {
      const text = elementText(row);
      return { id, author, text, kind: /送出了/.test(text) ? 'gift' : 'other' };
    }
    let text = '';
    for (let i = 0; i < parts.length; i++) text += elementText(parts[i]);
    return { id, author, text, kind: 'chat' };
  },
});

const CONTENT_PARTS = '.webcast-chatroom___content-with-emoji-text, .webcast-chatroom___content-with-emoji-emoji';
const ENDS_WITH_COLON = /[：:]\s*$/;

/**
 * The nickname's text: the first span whose text ends with a colon and that does not hold the
 * content (sites.md, [S3]/[S6]). Walks the live span collection: no array copy of every span per
 * row; the text read for the test is the one returned (one textContent per span, issue 13).
 */
function nickname(row: Element, content: Element | null): string | undefined {
  const spans = row.getElementsByTagName('span');
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.contains(content)) continue;
    const text = s.textContent ?? '';
    if (ENDS_WITH_COLON.test(text)) return text;
  }
  return undefined;
}
