/**
 * What room features learn that the popup shows (issue 18 item 2), per room: today the host's
 * credit as the badge shows it. A WeakMap, so a room's entry goes with the room.
 */
import type { Room } from '@/lib/room/room';
import type { RoomCredit } from '@/lib/room/protocol';
import type { CreditAnswer } from '@/lib/credit/protocol';
import { creditViewModel } from '@/lib/credit/view-model';

const credits = new WeakMap<Room, RoomCredit>();

export function reportCredit(room: Room, answer: CreditAnswer | null): void {
  if (!answer) return void credits.delete(room);
  const m = creditViewModel(answer);
  credits.set(room, { state: m.state, blacklisted: m.blacklisted, stale: m.stale });
}

export const creditOf = (room: Room): RoomCredit | null => credits.get(room) ?? null;
