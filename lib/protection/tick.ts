/**
 * How often a visible room's content script sends a budget tick (R-MINOR-10). Apart from
 * budget.ts (which holds zod schemas) so the content script's timer bundles no zod (issue 13).
 */
/** Ticks arrive every 30 s; a gap longer than two ticks means sleep or a closed tab and credits nothing. */
export const TICK_INTERVAL_MS = 30_000;
