/**
 * Which product a price belongs to (issue 19): the site and the page's product id where the card
 * has one, else a hash of the normalised title (case, width, spaces and punctuation folded, so a
 * re-rendered card with "【热卖】" badges or extra spaces is the same product). Pure, synchronous
 * (FNV-1a): it runs for every card read.
 */
import type { SiteId } from '../model';

export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[【[(（][^】\])）]{0,8}[】\])）]/g, '') // short badges: 【热卖】 [new] (爆款)
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .slice(0, 200);
}

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function productKey(site: SiteId, productId: string | null | undefined, title: string): string {
  if (productId) return `${site}:id:${productId.slice(0, 100)}`;
  return `${site}:t:${fnv1a(normaliseTitle(title))}`;
}

/** A product id in a card's link or data attribute (?id=…, itemId=…, /item/123, data-product-id). */
export function productIdFrom(values: readonly (string | null | undefined)[]): string | null {
  for (const v of values) {
    if (!v) continue;
    const m = v.match(/[?&](?:id|itemId|item_id|productId|product_id|goodsId|goods_id)=([\w-]{3,40})/) ?? v.match(/\/(?:item|goods|product|merch)\/([\w-]{1,40})(?:[/?#]|$)/) ?? v.match(/^([\w-]{3,40})$/);
    if (m) return m[1];
  }
  return null;
}
