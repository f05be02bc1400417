/**
 * The product card's fields (issue 23, R-COMPLAINT-17). When a site's title selector misses, the
 * extractor falls back to the card's whole text ("纯棉T恤 男女同款¥59¥79全部商品"); evidence
 * needs the fields apart: the title is the text before the first price, the price the first
 * price, the original price the next higher one (a card prints the struck-through price after
 * the current one), and the seller where the card names a shop. Pure.
 */
import { parsePrices } from '../sites/parse-numbers';
import type { Product } from './schema';

/** Buttons and labels cards print around the title: never part of a product's name. */
const CARD_CHROME = /(全部商品|立即抢购?|立即购买|去购买|马上抢|抢购|购买|已售[\d.,万+]*件?|【?讲解中】?|Buy now|Shop now|View all)/gi;
const SHOP = /(?:店铺|商家|卖家|Seller|Shop|Store)\s*[:：]\s*([^\s¥￥$|｜]{1,40})|([^\s¥￥$|｜:：]{1,30}(?:旗舰店|专卖店|专营店|官方店|小店|企业店))/i;

function tidy(s: string): string {
  return s.replace(CARD_CHROME, ' ').replace(/(原价|划线价|到手价|券后价?|现价|售价|Price|Was)\s*$/i, '').replace(/\s+/g, ' ').trim();
}

export interface CardFields {
  title: string;
  price: number | null;
  originalPrice: number | null;
  seller: string | null;
}

/** Split a card's whole text into its fields. */
export function parseCardText(text: string): CardFields {
  const shop = SHOP.exec(text);
  const seller = shop ? (shop[1] ?? shop[2] ?? '').trim() || null : null;
  const withoutShop = shop ? text.replace(shop[0], ' ') : text;
  const firstPrice = withoutShop.search(/[¥￥$]\s*\d/);
  const title = tidy(firstPrice >= 0 ? withoutShop.slice(0, firstPrice) : withoutShop);
  const prices = parsePrices(withoutShop);
  const price = prices[0] ?? null;
  const originalPrice = prices.slice(1).find((p) => price !== null && p > price) ?? null;
  return { title, price, originalPrice, seller };
}

/** A title that still carries a price or the whole card's text was not parsed apart. */
function unparsed(p: Product): boolean {
  return /[¥￥$]\s*\d/.test(p.title) || (p.text !== '' && p.title === p.text);
}

/**
 * Keep what the site's selectors found; fill in from the card's text what they missed. The card's
 * whole text stays in `text` as read (it is evidence too).
 */
export function normalizeProduct(p: Product | null): Product | null {
  if (!p) return null;
  const parsed = parseCardText(p.text || p.title);
  const title = unparsed(p) ? parsed.title || p.title : p.title;
  const price = p.price ?? parsed.price;
  const originalPrice = p.originalPrice ?? (parsed.originalPrice !== null && price !== null && parsed.originalPrice > price ? parsed.originalPrice : null);
  return { ...p, title, price, originalPrice, seller: p.seller ?? parsed.seller };
}
