/**
 * The room's state as the toolbar popup shows it (issue 14): asked of the tab's content script by
 * our own pages (tabs.sendMessage), never by the page. Tests and hooks read the room through this
 * and the page marks, not through the (closed) shadow root.
 */
import { z } from 'zod';
import { messageToContent } from '../message';
import { SiteIdSchema } from '../model';
import { CategorySchema, SeveritySchema } from '../taxonomy-schema';

export const RoomStateSchema = z.object({
  site: SiteIdSchema,
  roomId: z.string().max(200),
  hostName: z.string().max(200).nullable(),
  title: z.string().max(500).nullable(),
  /** newest last, at most the overlay panel's 200 */
  findings: z.array(z.object({ category: CategorySchema, severity: SeveritySchema, ruleId: z.string().max(40), at: z.number() })).max(200),
  interstitial: CategorySchema.nullable(),
  popups: z.array(CategorySchema).max(20),
  ui: z.object({
    attached: z.boolean(),
    /** times the page removed, hid or covered LiveGuard's UI and it was put back */
    repairs: z.number().int().nonnegative(),
    lastRepair: z.array(z.string().max(20)).max(10),
  }),
});
export type RoomState = z.infer<typeof RoomStateSchema>;

export const roomToContent = {
  /** our pages (popup, tests through the service worker) → the tab's content script (answered by the frame that holds a room) */
  'room:state': messageToContent({ request: z.object({}).strict(), response: RoomStateSchema }),
};
