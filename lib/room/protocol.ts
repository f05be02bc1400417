/**
 * The room's state as the toolbar popup shows it (issue 14, issue 18 item 2: the popup is the
 * room's dashboard): asked of the tab's content script by our own pages (tabs.sendMessage), never
 * by the page. Tests and hooks read the room through this and the page marks, not through the
 * (closed) shadow root; the popup reads the room through this one message only.
 */
import { z } from 'zod';
import { messageToContent } from '../message';
import { SiteIdSchema } from '../model';
import { CategorySchema, SeveritySchema } from '../taxonomy-schema';
import { SiteHealthSchema } from '../sites/health-schema';

/**
 * The host's credit as the badge shows it (lib/credit/view-model.ts `state`, R-CREDIT-13):
 * a level 1-5, no record, or no answer; the content script fills it from its credit answer, so the
 * compiler checks it against lib/credit's BadgeState there (room-state.ts).
 */
export const RoomCreditSchema = z.object({
  state: z.enum(['level1', 'level2', 'level3', 'level4', 'level5', 'none', 'unavailable']),
  blacklisted: z.boolean(),
  /** the server could not be reached and an older cached answer is shown */
  stale: z.boolean(),
});
export type RoomCredit = z.infer<typeof RoomCreditSchema>;

/** The part of protection mode's decision for this room the popup shows (lib/protection/decide.ts, R-MINOR-10). */
export const RoomProtectionSchema = z.object({
  active: z.boolean(),
  gate: z.enum(['curfew', 'budget', 'content']).nullable(),
  budgetMs: z.number().nullable(),
  remainingMs: z.number().nullable(),
  curfewStartsAt: z.number().nullable(),
  curfewEndsAt: z.number().nullable(),
  timeZone: z.string().max(100),
});
export type RoomProtection = z.infer<typeof RoomProtectionSchema>;

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
  /** null until the background answered the credit lookup */
  credit: RoomCreditSchema.nullable(),
  /** null when the background gave no decision */
  protection: RoomProtectionSchema.nullable(),
  /** which parts of the page are read, and how (issue 17) */
  health: SiteHealthSchema.nullable(),
  /** warnings paused in this room until then (ms since epoch); null = not paused (lib/room-pause) */
  pausedUntil: z.number().nullable(),
  /** the rule bundle version this room scans with */
  rulesVersion: z.number().int().nonnegative(),
});
export type RoomState = z.infer<typeof RoomStateSchema>;

export const roomToContent = {
  /** our pages (popup, tests through the service worker) → the tab's content script (answered by the frame that holds a room) */
  'room:state': messageToContent({ request: z.object({}).strict(), response: RoomStateSchema }),
  /** the background → the room's content script: warnings paused until `until` (null: resumed); answers the room's pause */
  'room:pause': messageToContent({
    request: z.object({ site: SiteIdSchema, roomId: z.string().max(200), until: z.number().nullable() }).strict(),
    response: z.object({ pausedUntil: z.number().nullable() }),
  }),
};
