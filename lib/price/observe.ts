/**
 * One observation against one product's history (issue 19): which checks run, what is worth
 * storing. Pure; the background's handler (lib/price-history/background.ts) loads and stores.
 */
import type { CardSeen, ChartPoint, PricePoint, PriceSeen } from './schema';
import { productKey } from './product-key';
import { backUpClaim, saidPrices, scarcityClaim } from './said';
import { checkBackUp, checkOriginal, checkRaiseBeforeDiscount, checkSaidVsCard, checkScarcity, type PriceIssue } from './checks';
import { SAME_PRICE_MS } from './bounds';

export interface Keys {
  key: string;
  titleKey: string;
}
export function keysOf(site: PriceSeen['site'], card: CardSeen): Keys {
  return { key: productKey(site, card.productId, card.title), titleKey: productKey(site, null, card.title) };
}

/** the words around an original price on the card, for the finding's quote */
function cardQuote(card: CardSeen): string {
  return card.text.replace(/\s+/g, ' ').trim().slice(0, 200);
}

export function observe(req: PriceSeen, history: readonly PricePoint[], now: number, tz: string): { issues: PriceIssue[]; add: PricePoint[] } {
  const issues: PriceIssue[] = [];
  const add: PricePoint[] = [];
  const card = req.card;
  if (!card) return { issues, add };
  const keys = keysOf(req.site, card);
  const base = { ...keys, site: req.site, roomId: req.roomId, at: now };
  const push = (i: PriceIssue | null) => void (i && issues.push(i));

  if (!req.said) {
    // the card itself: its original price against what was seen, a due "back up" claim, a raise before the discount
    if (card.original !== null) push(checkOriginal(history, card.original, cardQuote(card), now, tz));
    if (card.original !== null && card.price !== null) push(checkRaiseBeforeDiscount(history, card.price, card.original, cardQuote(card), now, tz));
    if (card.price !== null) issues.push(...checkBackUp(history, card.price, req.roomId, now, tz));
    const last = lastCard(history);
    const same = last && last.price === card.price && last.original === card.original && last.roomId === req.roomId && now - last.at < SAME_PRICE_MS;
    if (!same && (card.price !== null || card.original !== null)) add.push({ ...base, source: 'card', price: card.price, original: card.original });
    return { issues, add };
  }

  // a chat or title line, about the card showing then
  const text = req.said.text;
  const said = saidPrices(text);
  for (const s of said.filter((x) => x.original)) push(checkOriginal(history, s.value, text.slice(0, 200), now, tz));
  push(checkSaidVsCard(said, text, card, now));
  const back = backUpClaim(text);
  const scarce = scarcityClaim(text);
  if (scarce) push(checkScarcity(history, scarce.key, text.slice(0, 200), now));
  if (back || scarce || said.length) {
    add.push({
      ...base,
      source: req.said.source,
      price: said.find((s) => !s.original)?.value ?? null,
      original: said.find((s) => s.original)?.value ?? null,
      ...(back ? { backUp: { price: back.price ?? card.original, due: back.deadlineMs === null ? null : now + back.deadlineMs, cardPrice: card.price } } : {}),
      ...(scarce ? { scarcity: scarce.key } : {}),
      quote: text.slice(0, 200),
    });
  }
  return { issues, add };
}

function lastCard(history: readonly PricePoint[]): PricePoint | undefined {
  for (let i = history.length - 1; i >= 0; i--) if (history[i].source === 'card') return history[i];
  return undefined;
}

/** the card's chart: card prices, oldest first, at most `max` (evenly thinned, the last kept) */
export function chartOf(history: readonly PricePoint[], max = 60): ChartPoint[] {
  const pts = history.filter((p) => p.source === 'card' && p.price !== null).map((p) => ({ at: p.at, price: p.price!, original: p.original }));
  if (pts.length <= max) return pts;
  const step = pts.length / max;
  return Array.from({ length: max }, (_, i) => pts[Math.min(pts.length - 1, Math.round((i + 1) * step) - 1)]);
}
