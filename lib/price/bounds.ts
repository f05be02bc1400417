/** How much history is kept (issue 19): 90 days, and a cap per product and overall, oldest dropped first. */
export const KEEP_MS = 90 * 86_400_000;
export const MAX_POINTS_PER_PRODUCT = 400;
export const MAX_POINTS = 50_000;
/** a card showing the same prices is stored again only after this long (a re-read is not news) */
export const SAME_PRICE_MS = 10 * 60_000;

/** Keep the newest points within 90 days and the per-product cap; input sorted oldest first. */
export function prune<T extends { at: number }>(points: T[], now: number, cap = MAX_POINTS_PER_PRODUCT): T[] {
  const from = now - KEEP_MS;
  const kept = points[0] && points[0].at < from ? points.filter((p) => p.at >= from) : points;
  return kept.length > cap ? kept.slice(kept.length - cap) : kept;
}
