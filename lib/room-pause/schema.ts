/**
 * The rooms whose warnings the viewer paused (issue 18 item 2): `site:roomId` → the time the pause
 * ends. Kept in the extension's session storage (lib/storage.ts `roomPauses`): content scripts
 * cannot read or write it (Chrome's default access level for storage.session; Firefox never
 * exposes it to them), the page still less, and the browser forgets it when it closes.
 */
import { z } from 'zod';
import type { SiteId } from '../model';

/** at most this many paused rooms are remembered (the oldest-ending go first) */
export const MAX_PAUSED_ROOMS = 200;

export const RoomPausesSchema = z.record(z.string().max(260), z.number());
export type RoomPauses = z.infer<typeof RoomPausesSchema>;

export const pauseKey = (site: SiteId, roomId: string) => `${site}:${roomId}`;

/** the pauses still holding at `now`, at most MAX_PAUSED_ROOMS */
export function livePauses(p: RoomPauses, now: number): RoomPauses {
  const live = Object.entries(p).filter(([, until]) => until > now);
  live.sort((a, b) => b[1] - a[1]);
  return Object.fromEntries(live.slice(0, MAX_PAUSED_ROOMS));
}
