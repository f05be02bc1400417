/**
 * The history checks (issue 19), pure over what this browser saw, with the clock and the viewer's
 * time zone injected. The price-marking rules (明码标价和禁止价格欺诈规定, 2022, Art. 16-20) say a
 * compared "original price" must be a price actually charged, the reference being the lowest
 * transaction price in the 7 days before the promotion. We only ever know the prices this viewer
 * was shown, so a finding says "above every price seen here", never "above the shop's price".
 */
import type { PricePoint } from './schema';
import { daysBefore, startOfDay } from './days';

export type PriceIssueKind = 'fake_original' | 'never_charged' | 'back_up_false' | 'scarcity_repeat' | 'said_vs_card' | 'raise_before_discount';

export interface SeenPrice {
  at: number;
  price: number | null;
}
export interface PriceIssue {
  kind: PriceIssueKind;
  /** the page's words that carried the claim */
  quote: string;
  /** the price claimed (original, "back to", said) */
  claimed: number | null;
  /** the evidence: prices this browser saw, with when */
  seen: SeenPrice[];
}

/** the reference window of the rules: the 7 calendar days before the day of the claim */
export const REFERENCE_DAYS = 7;
/** a countdown or "last N units" said again this long after it was first said is a repeat */
export const SCARCITY_REPEAT_MS = 3 * 60_000;
/** a price rise counts from 5 % (rounding and coupons aside) */
const RISE = 1.05;

const charged = (h: readonly PricePoint[], from: number, to: number) =>
  h.filter((p): p is PricePoint & { price: number } => p.source === 'card' && p.price !== null && p.at >= from && p.at < to);

/** 原价 O above every price seen in the 7 days before today (fake_original), or above every price ever seen here before today (never_charged). */
export function checkOriginal(history: readonly PricePoint[], original: number, quote: string, now: number, tz: string): PriceIssue | null {
  const today = startOfDay(now, tz);
  const prior = charged(history, 0, today);
  if (!prior.length) return null; // nothing seen before today: we cannot say
  const max = Math.max(...prior.map((p) => p.price));
  if (original <= max) return null;
  const window = charged(history, daysBefore(now, REFERENCE_DAYS, tz), today);
  const pool = window.length ? window : prior;
  return { kind: window.length ? 'fake_original' : 'never_charged', quote, claimed: original, seen: evidence(pool) };
}

/** The lowest (the rules' reference) and the highest price seen, each with its first date, then the latest. */
function evidence(pool: readonly (PricePoint & { price: number })[]): SeenPrice[] {
  const lo = pool.reduce((a, b) => (b.price < a.price ? b : a));
  const hi = pool.reduce((a, b) => (b.price > a.price ? b : a));
  const last = pool[pool.length - 1];
  const out = [lo, hi, last].filter((p, i, all) => all.findIndex((q) => q.price === p.price) === i);
  return out.map((p) => ({ at: p.at, price: p.price }));
}

/** A "discount" from O to P after the price seen rose in the days before: P is no better than before the rise. */
export function checkRaiseBeforeDiscount(history: readonly PricePoint[], price: number, original: number, quote: string, now: number, tz: string): PriceIssue | null {
  if (original <= price) return null;
  const window = charged(history, daysBefore(now, REFERENCE_DAYS, tz), startOfDay(now, tz));
  let low: (typeof window)[number] | null = null;
  for (const p of window) {
    if (!low || p.price < low.price) low = p;
    else if (p.price >= low.price * RISE && price >= low.price && startOfDay(p.at, tz) > startOfDay(low.at, tz)) {
      return { kind: 'raise_before_discount', quote, claimed: original, seen: [{ at: low.at, price: low.price }, { at: p.at, price: p.price }] };
    }
  }
  return null;
}

/** "Back to ¥459 in one minute" claims now due, while the card still shows the price of then. */
export function checkBackUp(history: readonly PricePoint[], price: number, roomId: string, now: number, tz: string): PriceIssue[] {
  const out: PriceIssue[] = [];
  for (const p of history) {
    const b = p.backUp;
    if (!b || b.cardPrice === null || p.at >= now) continue;
    // "after the stream": due when the product is seen in another room or on a later day
    const due = b.due !== null ? now >= b.due : p.roomId !== roomId || startOfDay(now, tz) > startOfDay(p.at, tz);
    if (!due || price > b.cardPrice) continue;
    out.push({ kind: 'back_up_false', quote: p.quote ?? '', claimed: b.price, seen: [{ at: p.at, price: b.cardPrice }, { at: now, price }] });
  }
  return out;
}

/** The same countdown / "last N units" said again minutes later for the same product. */
export function checkScarcity(history: readonly PricePoint[], scarcity: string, quote: string, now: number): PriceIssue | null {
  const first = history.find((p) => p.scarcity === scarcity && p.at <= now - SCARCITY_REPEAT_MS);
  return first ? { kind: 'scarcity_repeat', quote, claimed: null, seen: [{ at: first.at, price: first.price }, { at: now, price: null }] } : null;
}

/** words that make a said price an offer for the product on the card, not a question or another item */
const OFFER = /到手|只要|只需|秒杀|直播间价|福利价|今天|现价|活动价|拍下|下单|价格|售价|特价|\b(?:only|just|now|price|today)\b/i;

/** A price said as an offer in chat or the title that is neither the card's price nor its original. */
export function checkSaidVsCard(said: readonly { value: number; original: boolean }[], text: string, card: { price: number | null; original: number | null }, now: number): PriceIssue | null {
  if (card.price === null || !OFFER.test(text)) return null;
  const offers = said.filter((s) => !s.original);
  if (!offers.length) return null;
  const near = (a: number, b: number | null) => b !== null && Math.abs(a - b) < 0.5;
  if (offers.some((s) => near(s.value, card.price) || near(s.value, card.original))) return null;
  return { kind: 'said_vs_card', quote: text.slice(0, 200), claimed: offers[0].value, seen: [{ at: now, price: card.price }] };
}
