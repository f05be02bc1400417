/**
 * Reading a chat row by its shape, with no site selector (issue 17): a row is "an author part and a
 * text part". The author is the element holding the row's first text (a leading timestamp skipped,
 * YouTube's `#timestamp`); the text is everything after it in document order, emoji images as their
 * alt (as elementText does). Reads textContent / alt only: page content is hostile.
 */
import type { ChatLine } from '../adapter';

export interface RowShape {
  author: string;
  text: string;
  /** gift, entry and follow notices: shaped like chat, not chat (a gift ticker is made of them) */
  ticker: boolean;
}

/** subtrees that never hold chat words: vector icons, code, form fields */
const SKIP = new Set(['SVG', 'svg', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SELECT', 'TEXTAREA', 'INPUT']);
/** subtrees that mark a block as something other than a chat row */
const NOT_A_ROW = 'video, iframe, canvas, audio, input, textarea';
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?$/;
const ONLY_PUNCT = /^[\s:：,，.。·|\-–—]*$/;
const LEADING_SEP = /^[\s:：]+/;
export const MAX_AUTHOR = 40;
export const MAX_TEXT = 500;
/**
 * Gift, entry, follow and like notices (Douyin "送出了 … ×1", "来了"; Kuaishou "送出 小心心"; Twitch
 * and TikTok "gifted", "joined"). A list made mostly of these is a ticker, not the chat.
 */
const TICKER = /送出|送了|赠送|打赏了|[×xX]\s*\d+\s*$|^来了$|进入(?:了)?直播间|加入(?:了)?(?:直播间|粉丝团)|关注了主播|点赞了|为主播点赞|\bsent\b.*\bgift|\bgifted\b|\bjoined\b|\bfollowed\b|\bsubscribed\b/i;
/** a feed card's meta line ("1.2万人在看", "3K watching") */
const AUDIENCE = /\d[\d.,]*\s*[万亿wWkKmM]?\s*(?:人在看|人看过|人观看|观看|在线|watching|viewers|views)/i;

function skipped(el: Element): boolean {
  return SKIP.has(el.tagName) || el.getAttribute('aria-hidden') === 'true' && !el.textContent?.replace(ONLY_PUNCT, '');
}

/** text nodes of the row in order with their owning element, skipped subtrees left out */
function textRuns(row: Element): { owner: Element; text: string }[] {
  const runs: { owner: Element; text: string }[] = [];
  const walk = (el: Element) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const t = (n.nodeValue ?? '').replace(ZERO_WIDTH, '').trim();
        if (!t) continue;
        const last = runs[runs.length - 1];
        if (last && last.owner === el) last.text += ` ${t}`;
        else runs.push({ owner: el, text: t });
      } else if (n.nodeType === 1 && !skipped(n as Element)) walk(n as Element);
    }
  };
  walk(row);
  return runs;
}

/** text (with emoji alts) of everything after `after` inside `row`, in document order */
function textAfter(row: Element, after: Element): string {
  let out = '';
  let passed = false;
  const walk = (el: Element) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n === after) {
        passed = true;
        continue;
      }
      if (n.nodeType === 3) {
        if (passed) out += n.nodeValue ?? '';
      } else if (n.nodeType === 1) {
        const e = n as Element;
        if (skipped(e)) continue;
        if (e.tagName === 'IMG') {
          if (passed) out += e.getAttribute('alt') ?? '';
        } else walk(e);
      }
    }
  };
  walk(row);
  return out.replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim().replace(LEADING_SEP, '');
}

/** Author and text of a chat-shaped row, or null when the block is not shaped like one. */
export function rowShape(row: Element): RowShape | null {
  if (row.querySelector(NOT_A_ROW)) return null;
  const all = (row.textContent ?? '').length;
  if (all === 0 || all > 4 * MAX_TEXT) return null;
  const runs = textRuns(row).filter((r) => !TIME.test(r.text) && !ONLY_PUNCT.test(r.text));
  if (!runs.length) return null;
  const first = runs[0];
  let author = '';
  let text = '';
  if (first.owner !== row) {
    author = first.text.replace(/[：:]\s*$/, '').trim();
    text = textAfter(row, first.owner);
  }
  if (!text) {
    // author and text in one element: "name：text" (a colon is the only separator trusted here)
    const m = runs.map((r) => r.text).join(' ').match(/^([^:：]{1,40})[：:]\s*(.+)$/s);
    if (!m) return null;
    author = m[1].trim();
    text = m[2].trim();
  }
  if (!author || author.length > MAX_AUTHOR || !text || text.length > MAX_TEXT) return null;
  // a card whose one link holds both parts is a feed item, not a message (chat links hold one part)
  const link = first.owner.closest('a[href]');
  if (link && row.contains(link) && link.textContent!.includes(text.slice(0, 20))) return null;
  if (row.matches('a[href]') || AUDIENCE.test(text)) return null;
  return { author, text, ticker: TICKER.test(text) };
}

/** The ChatLine of a row found by the structural finder; ticker rows read as gifts (not scanned). */
export function readRowByShape(row: Element): ChatLine | null {
  const shape = rowShape(row);
  if (!shape) return null;
  // no site id: rows found by shape are keyed by author + text (a cloned row may repeat an id)
  return { id: '', author: shape.author, text: shape.text, kind: shape.ticker ? 'gift' : 'chat' };
}

/** The author and text elements of a chat-shaped row (for the skeleton report's roles), or null. */
export function rowParts(row: Element): { author: Element; text: Element | null } | null {
  if (!rowShape(row)) return null;
  const runs = textRuns(row).filter((r) => !TIME.test(r.text) && !ONLY_PUNCT.test(r.text));
  const author = runs[0]?.owner;
  if (!author || author === row) return null;
  const text = runs.find((r) => r.owner !== author && !author.contains(r.owner))?.owner ?? null;
  return { author, text };
}
