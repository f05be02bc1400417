/**
 * Does a product card's shop differ from the host (R-INFO-24)? The 2026 Supervision Measures ask
 * the room to disclose the actual seller; a card sold by another shop than the host's is said
 * plainly, as a notice (a mark, never a pop-up): after-sales and complaints go to the shop that
 * sells, not to the host. Names are compared loosely — NFKC, case, spaces and punctuation, and the
 * usual shop suffixes (旗舰店, 官方店, Official Store…) ignored, one containing the other is the same —
 * so "茶园直供" and "茶园直供官方旗舰店" are one seller and only a different name is flagged. Pure.
 */
import type { Finding } from '../model';
import { createFinding } from '../shared/finding';
import { SELLER_DIFFERS_DETECTOR } from '../shared/rule-basis';
import type { SellerInfo } from './seller';

export { SELLER_DIFFERS_DETECTOR };

const SUFFIX = /(官方旗舰店|旗舰店|专卖店|专营店|官方店|企业店|的小店|小店|的店铺|店铺|officialstore|officialshop|official|store|shop)$/u;

export function sellerKey(name: string): string {
  let k = name.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
  for (let i = 0; i < 2 && SUFFIX.test(k); i++) k = k.replace(SUFFIX, '');
  return k;
}

export function sameSeller(a: string, b: string): boolean {
  const x = sellerKey(a);
  const y = sellerKey(b);
  if (!x || !y) return true; // nothing comparable left: never claim a difference
  return x === y || (Math.min(x.length, y.length) >= 2 && (x.includes(y) || y.includes(x)));
}

/**
 * The notice for a card sold by another shop. Filed under false_claim (Measures red line 2: false
 * or misleading information), the nearest of the one taxonomy's categories, at its floor (notice);
 * the overlay names it by this detector ("seller is not the host"), and it cites R-INFO-24.
 */
export function sellerDiffersFinding(shop: string, hostName: string, cardText: string): Finding {
  return createFinding({
    category: 'false_claim',
    severity: 'notice',
    ruleId: 'R-INFO-24',
    messageKey: 'sellerDiffersAdvice',
    detector: SELLER_DIFFERS_DETECTOR,
    matchedText: shop,
    why: `the card's shop "${shop}" is not the host "${hostName}"`,
    source: { kind: 'product', text: cardText || shop },
  });
}

/** What the credit card shows about the seller: plain data, computed in the content script. */
export interface SellerView {
  seller: SellerInfo | null;
  hostName: string | null;
  /** the shop the product card names */
  cardShop: string | null;
  cardDiffers: boolean;
  /** links open only on the platform's own domains; another address is shown as text (the page is hostile) */
  linkOnPlatform: boolean;
  licenceOnPlatform: boolean;
}

export function onPlatform(url: string | null, domains: readonly string[]): boolean {
  if (!url) return false;
  try {
    const h = new URL(url).hostname;
    return domains.some((d) => h === d || h.endsWith(`.${d}`));
  } catch {
    return false;
  }
}

export function sellerView(info: { seller: SellerInfo | null; hostName: string | null; product: { seller: string | null } | null }, domains: readonly string[]): SellerView {
  const cardShop = info.product?.seller ?? null;
  return {
    seller: info.seller,
    hostName: info.hostName,
    cardShop,
    cardDiffers: !!(cardShop && info.hostName && !sameSeller(cardShop, info.hostName)),
    linkOnPlatform: onPlatform(info.seller?.url ?? null, domains),
    licenceOnPlatform: onPlatform(info.seller?.licenceUrl ?? null, domains),
  };
}
