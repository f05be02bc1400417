/**
 * Pause-this-room messages (issue 18 item 2). The popup (an extension page) sets or lifts a
 * pause; the room's content script asks for its own room's pause when the room starts. The
 * background keeps the pauses (background.ts) and tells the room's tab at once (`room:pause`).
 */
import { z } from 'zod';
import { message } from '../message';
import { SiteIdSchema } from '../model';

const RoomRef = z.object({ site: SiteIdSchema, roomId: z.string().min(1).max(200) });
const PauseReply = z.object({ pausedUntil: z.number().nullable() });

export const roomPauseProtocol = {
  /** content script → background: is my room paused? */
  'roomPause:get': message({ request: RoomRef.strict(), response: PauseReply, from: 'content' }),
  /** popup → background: pause warnings in this room for an hour (`pause: true`) or resume; the tab is told */
  'roomPause:set': message({
    request: RoomRef.extend({ pause: z.boolean(), tabId: z.number().int().nonnegative().optional() }).strict(),
    response: PauseReply,
    from: 'extension',
  }),
};
