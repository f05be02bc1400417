/**
 * Pause-this-room in the content script (issue 18 item 2): the room asks the background whether
 * the viewer paused it (the pause lives in the background's session storage, never here) and
 * follows what the background tells it (`room:pause`); the overlay controller keeps paused
 * warnings as marks, never criticals (lib/overlay/room-pause.ts). The pause ends by time.
 */
import { handleInContent, send } from '@/lib/messaging-content';
import type { Room } from '@/lib/room/room';
import type { OverlayController } from '@/lib/overlay/controller';
import { clampPause, pauseHolds } from '@/lib/overlay/room-pause';

/** Follows the room's pause until `signal` aborts; returns what the pause is now (null: none). */
export function followRoomPause(room: Room, controller: OverlayController, signal: AbortSignal): () => number | null {
  let until: number | null = null;
  let told = false;
  const set = (u: number | null) => {
    until = clampPause(u, Date.now());
    controller.pause(until);
  };
  send('roomPause:get', { site: room.site, roomId: room.roomId }).then(
    (r) => {
      // the popup's word, if it came meanwhile, is newer than this answer
      if (!signal.aborted && !told) set(r.pausedUntil);
    },
    () => undefined,
  );
  const current = () => (pauseHolds(until, Date.now()) ? until : null);
  handleInContent(
    {
      'room:pause': async (p) => {
        // another frame's room (YouTube's chat iframe) is not this one
        if (p.site === room.site && p.roomId === room.roomId) {
          told = true;
          set(p.until);
        }
        return { pausedUntil: current() };
      },
    },
    signal,
  );
  return current;
}
