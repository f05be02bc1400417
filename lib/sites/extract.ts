/**
 * Generic extraction driven by a descriptor: what a room shows (title, host, counters, product
 * card) and what a chat row says. Returns plain data; never keeps page nodes beyond the call.
 */
import type { ChatLine, SiteAdapter } from './adapter';
import type { SelectorKey } from './descriptor';
import { parseCount, parsePrices } from './parse-numbers';
import { elementText } from './text';
import { execBundleRegex } from '../bundle/run-regex';
import { readCardShop, readSeller, type SellerInfo } from './seller';

export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    try {
      const el = root.querySelector(s);
      if (el) return el;
    } catch {
      /* an invalid selector from a bundle never breaks extraction */
    }
  }
  return null;
}
export function allMatches(root: ParentNode, selectors: readonly string[]): Element[] {
  const out = new Set<Element>();
  for (const s of selectors) {
    try {
      root.querySelectorAll(s).forEach((e) => out.add(e));
    } catch {
      /* see firstMatch */
    }
  }
  return [...out];
}
export function pick(adapter: SiteAdapter, root: ParentNode, key: SelectorKey): Element | null {
  return firstMatch(root, adapter.descriptor.selectors[key] ?? []);
}

export interface ProductCard {
  title: string;
  price: number | null;
  originalPrice: number | null;
  text: string;
  /** the shop the card names (R-INFO-24), read by the descriptor's productShop selectors */
  seller: string | null;
}
export interface RoomInfo {
  title: string | null;
  hostName: string | null;
  hostId: string | null;
  viewers: number | null;
  likes: number | null;
  product: ProductCard | null;
  virtualHost: boolean;
  /** the seller the room discloses (R-INFO-24); null when it shows none */
  seller: SellerInfo | null;
}

export function readProduct(adapter: SiteAdapter, doc: ParentNode): ProductCard | null {
  const card = pick(adapter, doc, 'productCard');
  if (!card) return null;
  const text = elementText(card);
  const origEl = pick(adapter, card, 'productOriginalPrice');
  const priceEl = pick(adapter, card, 'productPrice');
  const prices = parsePrices(text);
  const originalPrice = origEl ? (parsePrices(elementText(origEl))[0] ?? null) : null;
  const price = priceEl ? (parsePrices(elementText(priceEl))[0] ?? null) : (prices.find((p) => p !== originalPrice) ?? null);
  const title = elementText(pick(adapter, card, 'productTitle')) || text;
  return { title, price, originalPrice, text, seller: readCardShop(adapter, card) };
}

export function readHostId(adapter: SiteAdapter, doc: ParentNode, url: URL): string | null {
  const fromUrl = adapter.hostIdFromUrl?.(url);
  if (fromUrl) return fromUrl;
  const link = pick(adapter, doc, 'hostLink');
  const href = link?.getAttribute('href');
  if (!href) return null;
  // the pattern may come from a bundle: only ever run through the checked path (R-SYNC-22)
  return execBundleRegex(adapter.descriptor.hostIdPattern, href)?.[1] ?? null;
}

export function readRoom(adapter: SiteAdapter, doc: Document, url: URL): RoomInfo {
  const likesEl = pick(adapter, doc, 'likes');
  // Douyin prints likes inside the info bar ("3.2万本场点赞", sites.md [S3]); elsewhere the element is the count
  const likesText = likesEl ? elementText(likesEl) : '';
  const likeMatch = likesText.match(/([\d.,]+\s*[万亿wWkKmM]?)\s*(?:本场点赞|点赞|likes?)/i);
  const title = elementText(pick(adapter, doc, 'title'));
  const hostName = elementText(pick(adapter, doc, 'hostName'));
  const viewers = parseCount(elementText(pick(adapter, doc, 'viewers')));
  // the page's own state only where the DOM has nothing (it is read once per info tick, so skip it when not needed)
  const page = !title || !hostName || viewers === null ? (adapter.roomFromPage?.(doc) ?? {}) : {};
  return {
    title: title || page.title || doc.title || null,
    hostName: hostName || page.hostName || null,
    hostId: readHostId(adapter, doc, url),
    viewers: viewers ?? page.viewers ?? null,
    likes: likeMatch ? parseCount(likeMatch[1]) : likesEl && !/[^\d.,\s万亿wWkKmM]/.test(likesText) ? parseCount(likesText) : null,
    product: readProduct(adapter, doc),
    virtualHost: !!pick(adapter, doc, 'virtualHost'),
    seller: readSeller(adapter, doc, url.href),
  };
}

export function readChatRow(adapter: SiteAdapter, row: Element): ChatLine | null {
  if (adapter.readChatRow) return adapter.readChatRow(row);
  const d = adapter.descriptor;
  const notice = firstMatch(row, d.selectors.systemNotice) ?? (d.selectors.systemNotice.some((s) => safeMatches(row, s)) ? row : null);
  const id = (d.chatIdAttr && row.getAttribute(d.chatIdAttr)) || '';
  if (notice) return { id, text: elementText(notice), system: true };
  const textEl = firstMatch(row, d.selectors.chatText);
  const author = elementText(firstMatch(row, d.selectors.chatAuthor)).replace(/[：:]\s*$/, '') || undefined;
  if (!textEl) return { id, author, text: elementText(row), kind: 'other' };
  return { id, author, text: elementText(textEl), kind: 'chat' };
}

function safeMatches(el: Element, sel: string): boolean {
  try {
    return el.matches(sel);
  } catch {
    return false;
  }
}
