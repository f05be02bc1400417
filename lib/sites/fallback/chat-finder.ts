/**
 * The structural chat finder (issue 17): when a redesign renamed every hook, the chat is still the
 * element that KEEPS RECEIVING short sibling rows, each an author part and a text part. A growth log
 * counts element children added per parent (fed by a MutationObserver); `findChatList` scores the
 * parents that grew. Rejected on purpose: recommendation feeds (link cards, audience counts), gift /
 * entry tickers (rows mostly "送出了 …×1", "来了"), danmaku layers (text without an author, items
 * placed by inline transforms), and the page's big layout blocks (body, html).
 */
import { rowShape } from './row-shape';

/** a parent needs this many added rows, or one added row and this many chat rows already there */
const MIN_ADDED = 2;
const MIN_ROWS_WITH_ONE_ADDED = 3;
/** share of a candidate's children that must be chat-shaped (chat or ticker rows) */
const MIN_SHAPED_SHARE = 0.6;
/** at most this share of shaped rows may be ticker notices (a quiet Douyin room has many "来了") */
const MAX_TICKER_SHARE = 0.8;
/** only the newest children are looked at: a chat list keeps hundreds */
const SAMPLE = 30;
const MAX_CANDIDATES = 400;
/**
 * danmaku layers fly their items sideways (translateX, a non-zero x offset, left/right); a
 * virtualised chat list places its rows vertically (translateY, top), which must stay allowed
 */
const PLACED = /translateX\(|translate(?:3d)?\(\s*-?[1-9]|(?:^|;)\s*(?:left|right)\s*:\s*-?[1-9]/i;

export class GrowthLog {
  private added = new Map<Element, number>();
  /** parents that may not be the chat: layout roots and our own UI */
  note(parent: Node, child: Node) {
    if (child.nodeType !== 1 || parent.nodeType !== 1) return;
    const p = parent as Element;
    const c = child as Element;
    if (c.localName.startsWith('liveguard') || c.hasAttribute('data-liveguard')) return;
    if (p.localName === 'html' || p.localName === 'body' || p.localName === 'head') return;
    this.added.set(p, (this.added.get(p) ?? 0) + 1);
    if (this.added.size > MAX_CANDIDATES) this.added.delete(this.added.keys().next().value!);
  }
  entries(): [Element, number][] {
    return [...this.added];
  }
  clear() {
    this.added.clear();
  }
}

export interface ListScore {
  el: Element;
  added: number;
  chatRows: number;
  tickerRows: number;
  children: number;
  score: number;
}

/** How chat-like a grown parent is; null when it must not be taken for the chat. */
export function scoreList(el: Element, added: number): ListScore | null {
  if (!el.isConnected || added < 1) return null;
  const kids: Element[] = [];
  for (let c = el.lastElementChild; c && kids.length < SAMPLE; c = c.previousElementSibling) {
    if (c.localName !== 'script' && c.localName !== 'style' && c.localName !== 'template') kids.push(c);
  }
  if (kids.length < 2) return null;
  let chatRows = 0;
  let tickerRows = 0;
  let placed = 0;
  for (const k of kids) {
    if (PLACED.test(k.getAttribute('style') ?? '')) placed++;
    const shape = rowShape(k);
    if (!shape) continue;
    if (shape.ticker) tickerRows++;
    else chatRows++;
  }
  const shaped = chatRows + tickerRows;
  if (placed * 2 > kids.length) return null; // a danmaku layer
  if (shaped < MIN_SHAPED_SHARE * kids.length) return null;
  if (tickerRows > MAX_TICKER_SHARE * shaped) return null; // a gift / entry ticker
  if (chatRows < 2 || (added < MIN_ADDED && chatRows < MIN_ROWS_WITH_ONE_ADDED)) return null;
  return { el, added, chatRows, tickerRows, children: kids.length, score: chatRows + 2 * Math.min(added, SAMPLE) };
}

/** The best chat list among the parents that grew, or null (the honest answer on a page with no chat). */
export function findChatList(log: GrowthLog): ListScore | null {
  let best: ListScore | null = null;
  for (const [el, added] of log.entries()) {
    const s = scoreList(el, added);
    // a list nested in another candidate (row wrappers that also grew) loses to the outer one only on score
    if (s && (!best || s.score > best.score)) best = s;
  }
  return best;
}
