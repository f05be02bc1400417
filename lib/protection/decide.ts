/**
 * What protection mode demands right now for one page (R-MINOR-10): which gate to show
 * (curfew before budget before content), whether to hide tipping and unsuitable buy buttons,
 * and the countdown. Pure: state, policy, the time and the page's context in; a decision out.
 */
import { z } from 'zod';
import type { Category } from '../taxonomy';
import { CategorySchema } from '../taxonomy-schema';
import { GateSchema, type Gate } from './activity-log';
import { currentUsedMs } from './budget';
import { curfewStatus } from './curfew';
import { lockedUntil } from './lockout';
import { mergePolicy, type ManagedPolicy } from './policy';
import type { ProtectionState } from './state';

export interface DecideContext {
  /** the browser's current time zone; the guardian's pinned zone wins when set */
  tz: string;
  /** categories of findings on this room / product (from the scanner) */
  categories?: Category[];
  /** `site:roomId[:product]` so a guardian's pass applies to this content only */
  contentKey?: string;
}

export const DecisionSchema = z.object({
  active: z.boolean(),
  gate: GateSchema.nullable(),
  hideTipping: z.boolean(),
  /** hide/disable buy buttons of products in gated categories */
  hideUnsuitableBuy: z.boolean(),
  gatedCategories: z.array(CategorySchema),
  /** null = no budget */
  budgetMs: z.number().nullable(),
  remainingMs: z.number().nullable(),
  curfewEndsAt: z.number().nullable(),
  curfewStartsAt: z.number().nullable(),
  lockedUntil: z.number().nullable(),
  hasPin: z.boolean(),
  /** the zone the curfew and day are counted in, so times are shown in it */
  timeZone: z.string(),
});
export type Decision = z.infer<typeof DecisionSchema>;

/** Minutes the child's other synced browsers used today (issue 24, budget-sync.ts); 0 unless opted in. */
export function othersUsedMs(state: ProtectionState, now: number): number {
  const o = state.budgetSync.others;
  if (!state.budgetSync.enabled || !o || !state.usage || now >= state.usage.resetsAt || o.day !== state.usage.day) return 0;
  return o.usedMs;
}

function hasGrant(state: ProtectionState, now: number, gate: Gate, key?: string): boolean {
  return state.grants.some((g) => g.gate === gate && g.until > now && (gate !== 'content' || g.key === key));
}

export function decide(state: ProtectionState, policy: ManagedPolicy, now: number, ctx: DecideContext): Decision {
  const eff = mergePolicy(state.settings, state.pin, policy);
  const s = eff.settings;
  const tz = s.timeZone ?? ctx.tz;
  const base = { hasPin: eff.pin !== null, lockedUntil: lockedUntil(state.attempts, now), gatedCategories: s.gatedCategories, timeZone: tz };
  if (!s.enabled) {
    return { ...base, active: false, gate: null, hideTipping: false, hideUnsuitableBuy: false, budgetMs: null, remainingMs: null, curfewEndsAt: null, curfewStartsAt: null };
  }
  const curfew = curfewStatus(s.curfew, now, tz);
  const budgetMs = s.dailyBudgetMinutes > 0 ? s.dailyBudgetMinutes * 60_000 : null;
  const remainingMs = budgetMs === null ? null : Math.max(0, budgetMs - currentUsedMs(state.usage, now) - othersUsedMs(state, now));
  const unsuitable = (ctx.categories ?? []).some((c) => s.gatedCategories.includes(c));
  let gate: Gate | null = null;
  if (curfew.active && !hasGrant(state, now, 'curfew')) gate = 'curfew';
  else if (remainingMs === 0 && !hasGrant(state, now, 'budget')) gate = 'budget';
  else if (unsuitable && !hasGrant(state, now, 'content', ctx.contentKey)) gate = 'content';
  return {
    ...base,
    active: true,
    gate,
    hideTipping: s.hideTipping,
    hideUnsuitableBuy: s.gatedCategories.length > 0,
    budgetMs,
    remainingMs,
    curfewEndsAt: curfew.endsAt,
    curfewStartsAt: curfew.startsAt,
  };
}
