/**
 * Room facts by shape when the selectors find nothing (issue 17): the title from `og:title` /
 * `document.title`, the host from a link whose href matches the site's host-id pattern (or
 * `og:` / author meta), the product card as a block holding a ¥/￥ price and a buy control, and
 * counters as short texts that say what they count ("1.2万人在看", "3K watching", "5.6万本场点赞").
 * Each part says how it was read, for site health (popup).
 */
import type { SiteAdapter } from '../adapter';
import { pick, readRoom, type ProductCard, type RoomInfo } from '../extract';
import { parseCount, parsePrices } from '../parse-numbers';
import { elementText } from '../text';

export type PartHow = 'selectors' | 'fallback' | 'none';
export interface RoomParts {
  info: RoomInfo;
  how: { title: PartHow; host: PartHow; product: PartHow; counters: PartHow };
  /** page elements to mark (null when the fact came from metadata or the URL) */
  titleEl: Element | null;
  productEl: Element | null;
}

const BUY = /^(?:去?抢购|立即(?:购买|抢购?)|去(?:购买|抢|看看)|马上抢|抢|购买|下单|buy(?: now)?|add to (?:cart|bag)|shop now|purchase)$/i;
const CNY_PRICE = /[¥￥]\s*\d/;
const CARD_MAX_TEXT = 200;
const VIEWERS = /^([\d.,]+\s*[万亿wWkKmM]?)\s*(?:人在看|人看过|人观看|在线|观看|正在观看|watching(?: now)?|viewers?)$/i;
const LIKES = /^([\d.,]+\s*[万亿wWkKmM]?)\s*(?:本场点赞|点赞|likes?)$/i;

function meta(doc: Document, names: string[]): string | null {
  for (const n of names) {
    const v = doc.querySelector(`meta[property="${n}"], meta[name="${n}"]`)?.getAttribute('content')?.trim();
    if (v) return v.slice(0, 300);
  }
  return null;
}

/** A block with a ¥/￥ price and a buy control: the innermost ancestor of a buy button that shows a price. */
export function productByShape(doc: Document): { el: Element; card: ProductCard } | null {
  for (const b of doc.querySelectorAll('button, a, [role="button"]')) {
    if (!BUY.test(elementText(b))) continue;
    let el: Element | null = b.parentElement;
    for (let up = 0; el && up < 4; up++, el = el.parentElement) {
      const text = elementText(el);
      if (text.length > CARD_MAX_TEXT || el.localName === 'body') break;
      if (!CNY_PRICE.test(text)) continue;
      const struck = el.querySelector('s, del, strike, [style*="line-through"]');
      const originalPrice = struck ? (parsePrices(elementText(struck))[0] ?? null) : null;
      const price = parsePrices(text).find((p) => p !== originalPrice) ?? null;
      const title = text.replace(/[¥￥]\s*[\d,.]+/g, '').replace(BUY_WORDS, '').replace(/\s+/g, ' ').trim();
      return { el, card: { title: title || text, price, originalPrice, text, seller: null } };
    }
  }
  return null;
}
const BUY_WORDS = /讲解中|去?抢购|立即(?:购买|抢购?)|去(?:购买|抢|看看)|马上抢|buy now|add to (?:cart|bag)|shop now/gi;

/** Viewer and like counts from short texts that name what they count. */
export function countersByShape(doc: Document): { viewers: number | null; likes: number | null } {
  let viewers: number | null = null;
  let likes: number | null = null;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && (viewers === null || likes === null); n = walker.nextNode()) {
    const t = (n.nodeValue ?? '').trim();
    if (!t || t.length > 24) continue;
    const v = viewers === null ? t.match(VIEWERS) : null;
    if (v) viewers = parseCount(v[1]);
    const l = likes === null ? t.match(LIKES) : null;
    if (l) likes = parseCount(l[1]);
  }
  return { viewers, likes };
}

/** The host's name from a link to their profile (the site's host-id pattern), else page metadata. */
export function hostByShape(adapter: SiteAdapter, doc: Document): string | null {
  let re: RegExp | null = null;
  try {
    re = adapter.descriptor.hostIdPattern ? new RegExp(adapter.descriptor.hostIdPattern) : null;
  } catch {
    re = null;
  }
  if (re) {
    for (const a of doc.querySelectorAll('a[href]')) {
      if (a.closest('[data-liveguard-chat]')) continue; // a chatter's profile link is not the host
      const name = elementText(a);
      if (name && name.length <= 40 && re.test(a.getAttribute('href') ?? '')) return name;
    }
  }
  return meta(doc, ['og:author', 'author', 'profile:username']);
}

export function readRoomParts(adapter: SiteAdapter, doc: Document, url: URL): RoomParts {
  const info = readRoom(adapter, doc, url);
  const titleEl = pick(adapter, doc, 'title');
  const how: RoomParts['how'] = { title: 'selectors', host: 'selectors', product: 'selectors', counters: 'selectors' };

  if (!titleEl || !elementText(titleEl)) {
    const og = meta(doc, ['og:title', 'twitter:title']);
    info.title = og ?? info.title; // readRoom already fell back to the page's state and document.title
    how.title = info.title ? 'fallback' : 'none';
  }
  if (!info.hostName || !pick(adapter, doc, 'hostName')) {
    info.hostName ||= hostByShape(adapter, doc);
    how.host = info.hostName ? 'fallback' : 'none';
  }
  let productEl = info.product ? pick(adapter, doc, 'productCard') : null;
  if (!info.product) {
    const p = productByShape(doc);
    info.product = p?.card ?? null;
    productEl = p?.el ?? null;
    how.product = p ? 'fallback' : 'none';
  }
  if (info.viewers === null && info.likes === null) {
    const c = countersByShape(doc);
    info.viewers = c.viewers;
    info.likes = c.likes;
    how.counters = c.viewers !== null || c.likes !== null ? 'fallback' : 'none';
  }
  return { info, how, titleEl: how.title === 'selectors' ? titleEl : null, productEl };
}
