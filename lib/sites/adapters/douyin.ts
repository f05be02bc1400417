/** Douyin web live (sites.md §1). Nicknames have only hashed classes, so rows are read by shape. */
import type { ChatLine } from '../adapter';
import type { AdapterCode } from '../define-adapter';
import { elementText } from '../text';

export const douyinCode: AdapterCode = {
  readChatRow(row): ChatLine | null {
    const id = row.getAttribute('data-id') ?? '';
    // one query for the notice and the content parts (text and emoji), in document order: the
    // first notice in it is the element querySelector would give, and without a notice the rest
    // are the content parts (issue 5 and 13 benches: this reading runs for every row)
    const parts = row.querySelectorAll(PARTS);
    const n = parts.length;
    for (let i = 0; i < n; i++) if (isNotice(parts[i])) return { id, text: elementText(parts[i]), system: true };
    const content = n ? parts[0] : null;
    const author = nickname(row, content)?.replace(/[：:]\s*$/, '').trim();
    if (!content) {
      const text = elementText(row);
      return { id, author, text, kind: /送出了/.test(text) ? 'gift' : 'other' };
    }
    // most rows have one part: its text is the message (no concatenation)
    let text = elementText(content);
    for (let i = 1; i < n; i++) text += elementText(parts[i]);
    return { id, author, text, kind: 'chat' };
  },
};

/**
 * classList.contains(NOTICE), asked through one attribute read: a DOMTokenList wrapper per new
 * row cost more than the string test (issue 13: every row is asked); the token test only runs
 * when the class string holds the name at all (it also catches "xwebcast-…" lookalikes)
 */
function isNotice(el: Element): boolean {
  const cls = el.getAttribute('class');
  return cls !== null && cls.includes(NOTICE) && el.classList.contains(NOTICE);
}

const NOTICE = 'webcast-chatroom__room-message';
const PARTS = `.${NOTICE}, .webcast-chatroom___content-with-emoji-text, .webcast-chatroom___content-with-emoji-emoji`;
const ENDS_WITH_COLON = /[：:]\s*$/;

/**
 * The nickname's text: the first span whose text ends with a colon and that does not hold the
 * content (sites.md, [S3]/[S6]). Walks the row's elements in document order by hand: asking
 * getElementsByTagName made (and kept on every new row) a live collection per row, and the
 * nickname is near the front (issue 13); the text read for the test is the one returned (one
 * textContent per span).
 */
function nickname(row: Element, content: Element | null): string | undefined {
  let el = row.firstElementChild;
  while (el) {
    // what getElementsByTagName('span') matches in an HTML page (an HTML span; a foreign element named so)
    if (el.localName === 'span' && !el.contains(content)) {
      const text = el.textContent ?? '';
      if (ENDS_WITH_COLON.test(text)) return text;
    }
    el = nextInRow(el, row);
  }
  return undefined;
}

/** the element after `el` in document order inside `row` (children first), or null at the row's end */
function nextInRow(el: Element, row: Element): Element | null {
  const child = el.firstElementChild;
  if (child) return child;
  for (let e: Element | null = el; e && e !== row; e = e.parentElement) {
    const next = e.nextElementSibling;
    if (next) return next;
  }
  return null;
}
