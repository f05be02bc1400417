/**
 * LiveGuard's record of the rooms watched while protection is on (issue 24): site, room, host,
 * from-to, and the most tip/gift/recharge controls the page showed (hidden by protection, but
 * offered by the site). Kept in the background's IndexedDB for the guardian's refund request;
 * never sent anywhere. Pure; consecutive ticks of one room extend one visit.
 */
import { z } from 'zod';
import { SiteIdSchema, type SiteId } from '../model';
import { MAX_TICK_GAP_MS } from './budget';

export const VISITS_MAX = 300;

export const RoomVisitSchema = z.object({
  site: SiteIdSchema,
  roomId: z.string().max(200),
  hostName: z.string().max(200).optional(),
  from: z.number(),
  to: z.number(),
  tipButtons: z.number().int().min(0).max(999),
});
export type RoomVisit = z.infer<typeof RoomVisitSchema>;

export function recordVisit(visits: RoomVisit[], now: number, v: { site: SiteId; roomId: string; hostName?: string; tipButtons?: number }): RoomVisit[] {
  const i = visits.findLastIndex((x) => x.site === v.site && x.roomId === v.roomId && now >= x.to && now - x.to <= MAX_TICK_GAP_MS);
  if (i >= 0) {
    const x = visits[i]!;
    const next = [...visits];
    next[i] = { ...x, to: now, hostName: v.hostName ?? x.hostName, tipButtons: Math.max(x.tipButtons, v.tipButtons ?? 0) };
    return next;
  }
  const added = [...visits, { site: v.site, roomId: v.roomId, hostName: v.hostName, from: now, to: now, tipButtons: v.tipButtons ?? 0 }];
  return added.length > VISITS_MAX ? added.slice(added.length - VISITS_MAX) : added;
}
