/**
 * The background's side of pause-this-room (issue 18 item 2): the pauses live in session storage
 * (schema.ts says why), an hour from when the viewer asked (lib/overlay/room-pause.ts), and the
 * room's tab is told at once so its overlay stops popping warnings (criticals never stop).
 */
import { handle, sendToTab } from '../messaging';
import { roomPauses } from '../storage';
import { ROOM_PAUSE_MS } from '../overlay/room-pause';
import { livePauses, pauseKey, RoomPausesSchema } from './schema';

export function registerRoomPause(opts: { now?: () => number } = {}) {
  const now = opts.now ?? Date.now;
  // a value of the wrong shape (never written by us) reads as no pauses rather than failing the room
  const read = async () => livePauses(RoomPausesSchema.catch({}).parse(await roomPauses.getValue()), now());
  handle({
    'roomPause:get': async ({ site, roomId }) => ({ pausedUntil: (await read())[pauseKey(site, roomId)] ?? null }),
    'roomPause:set': async ({ site, roomId, pause, tabId }) => {
      const all = await read();
      const key = pauseKey(site, roomId);
      const until = pause ? now() + ROOM_PAUSE_MS : null;
      if (until === null) delete all[key];
      else all[key] = until;
      await roomPauses.setValue(livePauses(all, now()));
      // a tab that no longer holds this room (closed, navigated) just does not answer
      if (tabId !== undefined) await sendToTab(tabId, 'room:pause', { site, roomId, until }).catch(() => undefined);
      return { pausedUntil: until };
    },
  });
}
