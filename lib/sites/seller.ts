/**
 * Who really sells (R-INFO-24; the 2026 Livestream E-commerce Supervision Measures ask room operators
 * to disclose who they are and the actual seller): what the room itself discloses — the shop's name,
 * a link to its shop page, a link to the operator's business information / licence page — read by
 * the site descriptor's seller selectors. Links inside the product card, the chat or our own UI are
 * not the room's disclosure (the card's shop is read apart, as the product's). Pure DOM reading:
 * text and href attributes only, never markup; only http(s) links, resolved against the page URL.
 */
import type { SiteAdapter } from './adapter';
import { elementText } from './text';

/** The seller a room discloses; every field null when it shows none (the shape of PageEvidence.seller). */
export interface SellerInfo {
  name: string | null;
  url: string | null;
  licenceUrl: string | null;
}

const MAX_NAME = 200;
const MAX_URL = 2000;

/** an http(s) link of the page, absolute; anything else (javascript:, data:) is no link */
export function safeLink(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.href.length <= MAX_URL ? u.href : null;
  } catch {
    return null;
  }
}

export function cleanName(s: string): string | null {
  const name = s.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
  return name || null;
}

/** every element a selector list matches, in list order (an invalid selector from a bundle is skipped) */
function allMatches(root: ParentNode, selectors: readonly string[]): Element[] {
  const out: Element[] = [];
  for (const sel of selectors) {
    try {
      root.querySelectorAll(sel).forEach((e) => void (out.includes(e) || out.push(e)));
    } catch {
      /* see extract.ts firstMatch */
    }
  }
  return out;
}

/** the first element of a selector list that is the room's own (not inside the card, the chat or our UI) */
function roomOwn(doc: ParentNode, selectors: readonly string[], cards: Element[]): Element | null {
  for (const el of allMatches(doc, selectors)) {
    if (cards.some((c) => c.contains(el))) continue;
    if (el.closest('[data-liveguard-chat], [data-liveguard]')) continue;
    return el;
  }
  return null;
}

export function readSeller(adapter: SiteAdapter, doc: ParentNode, pageUrl: string): SellerInfo | null {
  const s = adapter.descriptor.selectors;
  if (!s.sellerName.length && !s.sellerLink.length && !s.sellerLicence.length) return null;
  const cards = allMatches(doc, s.productCard);
  const nameEl = roomOwn(doc, s.sellerName, cards);
  const linkEl = roomOwn(doc, s.sellerLink, cards);
  const licenceEl = roomOwn(doc, s.sellerLicence, cards);
  const seller: SellerInfo = {
    name: cleanName(elementText(nameEl) || elementText(linkEl)),
    url: safeLink((linkEl?.closest('a[href]') ?? linkEl?.querySelector('a[href]'))?.getAttribute('href'), pageUrl),
    licenceUrl: safeLink((licenceEl?.closest('a[href]') ?? licenceEl?.querySelector('a[href]'))?.getAttribute('href'), pageUrl),
  };
  return seller.name || seller.url || seller.licenceUrl ? seller : null;
}

/** the shop a product card names (descriptor's productShop), where it names one */
export function readCardShop(adapter: SiteAdapter, card: Element): string | null {
  const el = allMatches(card, adapter.descriptor.selectors.productShop)[0];
  return el ? cleanName(elementText(el)) : null;
}
