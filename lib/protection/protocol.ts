/**
 * Messages of protection mode (lib/messaging.ts lists them). Content scripts ask for decisions and
 * send ticks; PINs come only from extension pages (options, the gate's PIN frame). Nothing
 * returns the PIN hash. Settings, PIN
 * changes and the activity log are for our own extension pages only.
 */
import { z } from 'zod';
import { message } from '../message';
import { SiteIdSchema } from '../model';
import { CategorySchema } from '../taxonomy-schema';
import { GateSchema, LogEntrySchema } from './activity-log';
import { DayUsageSchema } from './budget';
import { BudgetSyncSchema } from './budget-sync';
import { RoomVisitSchema } from './room-visits';
import { DecisionSchema } from './decide';
import { MinorHostReportInputSchema, MinorHostReportSchema } from './minor-host-report';
import { ProtectionSettingsSchema, SettingsPatchSchema, SETTING_PATHS } from './settings';

/** What a page is about; the background decides from it. */
export const PageContextSchema = z.object({
  site: SiteIdSchema.optional(),
  roomId: z.string().max(200).optional(),
  categories: z.array(CategorySchema).max(20).optional(),
  contentKey: z.string().max(500).optional(),
});
export type PageContext = z.infer<typeof PageContextSchema>;

// A PIN in transit is bounded but not validated here: a wrong-format PIN is just a wrong PIN.
const PinInput = z.string().max(64);
const PinResult = z.object({ ok: z.boolean(), lockedUntil: z.number().nullable(), error: z.string().optional() });

export const protectionProtocol = {
  'protection:status': message({ request: PageContextSchema, response: DecisionSchema, from: 'content' }),
  'protection:tick': message({
    // hostName/tipButtons: for the guardian's record of rooms (room-visits.ts; issue 24), local only
    request: PageContextSchema.extend({ active: z.boolean(), hostName: z.string().max(200).optional(), tipButtons: z.number().int().min(0).max(999).optional() }),
    response: DecisionSchema,
    from: 'content',
  }),
  'protection:unlock': message({
    request: PageContextSchema.extend({ pin: PinInput, gate: GateSchema }),
    response: PinResult.extend({ decision: DecisionSchema }),
    // sent by the gate's PIN frame (an extension page), never by a content script
    from: 'extension',
  }),
  'protection:gateShown': message({ request: PageContextSchema.pick({ site: true, roomId: true }).extend({ gate: GateSchema }), response: z.object({ ok: z.literal(true) }), from: 'content' }),
  'protection:reportMinorHost': message({ request: MinorHostReportInputSchema, response: z.object({ id: z.string() }), from: 'content' }),
  'protection:getSettings': message({
    request: z.object({}).strict(),
    response: z.object({
      settings: ProtectionSettingsSchema,
      locked: z.array(z.enum(SETTING_PATHS)),
      pinLocked: z.boolean(),
      hasPin: z.boolean(),
      /** the local PIN is a short one from 0.1: it still works; the guardian is asked for a 6+ one */
      pinWeak: z.boolean(),
      lockedUntil: z.number().nullable(),
      policyErrors: z.array(z.string()),
      browserTimeZone: z.string(),
      /** issue 24: an unused recovery code exists */
      hasRecovery: z.boolean(),
      /** how far the computer's clock is believed off (clock-watch.ts); 0 = right */
      skewMs: z.number(),
      /** may LiveGuard run in private windows; null = not known yet */
      incognitoAllowed: z.boolean().nullable(),
      pinForSensitive: z.boolean(),
      budgetSync: z.boolean(),
      othersToday: BudgetSyncSchema.shape.others,
    }),
    from: 'extension',
  }),
  // a new PIN's reply carries its one-time recovery code: shown once, never stored in clear
  'protection:setPin': message({ request: z.object({ currentPin: PinInput.optional(), newPin: z.string().max(64) }), response: PinResult.extend({ recoveryCode: z.string().optional() }), from: 'extension' }),
  'protection:recover': message({ request: z.object({ code: z.string().max(64), newPin: z.string().max(64) }), response: PinResult.extend({ recoveryCode: z.string().optional() }), from: 'extension' }),
  'protection:clockRight': message({ request: z.object({ pin: PinInput }), response: PinResult, from: 'extension' }),
  'protection:guardianOptions': message({
    request: z.object({ pin: PinInput.optional(), budgetSync: z.boolean().optional(), pinForSensitive: z.boolean().optional() }).strict(),
    response: PinResult,
    from: 'extension',
  }),
  'protection:update': message({ request: z.object({ pin: PinInput, patch: SettingsPatchSchema }), response: PinResult, from: 'extension' }),
  // issue 24: the records a refund request draws on (the page builds the request, refund-request.ts)
  'protection:refundEvidence': message({
    request: z.object({}).strict(),
    response: z.object({ visits: z.array(RoomVisitSchema), log: z.array(LogEntrySchema) }),
    from: 'extension',
  }),
  'protection:getLog': message({
    request: z.object({}).strict(),
    response: z.object({
      log: z.array(LogEntrySchema),
      reports: z.array(MinorHostReportSchema),
      today: DayUsageSchema.nullable(),
      history: z.array(DayUsageSchema),
    }),
    from: 'extension',
  }),
};
