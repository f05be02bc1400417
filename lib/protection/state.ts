/**
 * The whole persisted state of protection mode, one zod schema (stored by lib/storage.ts). Only
 * the background reads it: it holds the PIN hash, which content scripts must never receive.
 */
import { z } from 'zod';
import { AttemptsSchema, NO_ATTEMPTS } from './lockout';
import { GateSchema, LogEntrySchema } from './activity-log';
import { MinorHostReportSchema } from './minor-host-report';
import { PinRecordSchema } from './pin';
import { DEFAULT_SETTINGS, ProtectionSettingsSchema } from './settings';
import { UsageSchema } from './budget';
import { HeartbeatSchema } from './clock-watch';
import { BudgetSyncSchema, NO_BUDGET_SYNC } from './budget-sync';
import { RoomVisitSchema } from './room-visits';

/** A guardian's PIN at a gate opens it for this long. */
export const GRANT_MS = 30 * 60_000;

export const GrantSchema = z.object({
  gate: GateSchema,
  /** content grants name the room/product (`site:roomId[:productKey]`); time gates have none */
  key: z.string().max(500).optional(),
  until: z.number(),
});
export type Grant = z.infer<typeof GrantSchema>;

/**
 * What the heartbeat keeps (issue 24): the last beat, the clock skew believed in, and whether
 * LiveGuard may run in private windows. Defaulted, so a row stored before issue 24 loads unchanged.
 */
export const WatchSchema = z.object({
  beat: HeartbeatSchema.nullable(),
  skewMs: z.number(),
  /** extension.isAllowedIncognitoAccess() at the last beat; null = not asked yet */
  incognitoAllowed: z.boolean().nullable(),
});
export const NO_WATCH = { beat: null, skewMs: 0, incognitoAllowed: null };

export const ProtectionStateSchema = z.object({
  settings: ProtectionSettingsSchema,
  pin: PinRecordSchema.nullable(),
  /** the local PIN was found shorter than new PINs may be (a 0.1 PIN): the options page asks for a new one */
  pinWeak: z.boolean().default(false),
  attempts: AttemptsSchema,
  usage: UsageSchema.nullable(),
  grants: z.array(GrantSchema).max(200),
  log: z.array(LogEntrySchema),
  reports: z.array(MinorHostReportSchema),
  watch: WatchSchema.default(NO_WATCH),
  /** the one-time recovery code's slow hash (issue 24); null once used or never made */
  recovery: PinRecordSchema.nullable().default(null),
  /** the guardian asks for the PIN before leaving budget sync or clearing the log (issue 24) */
  pinForSensitive: z.boolean().default(true),
  budgetSync: BudgetSyncSchema.default(NO_BUDGET_SYNC),
  /** rooms watched while protection was on (room-visits.ts), for a refund request */
  visits: z.array(RoomVisitSchema).default([]),
});
export type ProtectionState = z.infer<typeof ProtectionStateSchema>;

export const INITIAL_STATE: ProtectionState = {
  settings: DEFAULT_SETTINGS,
  pin: null,
  pinWeak: false,
  attempts: NO_ATTEMPTS,
  usage: null,
  grants: [],
  log: [],
  reports: [],
  watch: NO_WATCH,
  recovery: null,
  pinForSensitive: true,
  budgetSync: NO_BUDGET_SYNC,
  visits: [],
};
