/**
 * One budget across the child's browsers where the browser syncs (issue 24): opt-in. Each device
 * writes only its own `storage.sync` key (its day and minutes), so merging is a sum over the OTHER
 * devices' records for the same day: a device's minutes are never counted twice, and a late or
 * repeated write cannot inflate them. The guardian's settings travel too (newest wins), but a synced
 * record can never switch protection OFF: that needs the PIN on the device itself.
 * Pure; lib/protection/budget-sync-background.ts does the storage.sync glue.
 * Cannot cover: another browser (Chrome and Firefox do not share sync), a profile or device signed
 * out of sync or with sync of extensions' data off, and the delay sync itself takes (minutes).
 */
import { z } from 'zod';
import { ProtectionSettingsSchema, type ProtectionSettings } from './settings';

export const SYNC_DAY_PREFIX = 'lgGuardDay:';
export const SYNC_SETTINGS_KEY = 'lgGuardSettings';

export const DeviceDaySchema = z.object({
  device: z.string().min(1).max(64),
  day: z.string().max(20),
  usedMs: z.number().nonnegative().max(86_400_000),
  at: z.number(),
});
export type DeviceDay = z.infer<typeof DeviceDaySchema>;

export const SyncedSettingsSchema = z.object({ device: z.string().min(1).max(64), at: z.number(), settings: ProtectionSettingsSchema });
export type SyncedSettings = z.infer<typeof SyncedSettingsSchema>;

export const BudgetSyncSchema = z.object({
  enabled: z.boolean(),
  /** random id of this browser profile, made when sync is switched on */
  deviceId: z.string().max(64).nullable(),
  /** the other devices' minutes for the day, as last read */
  others: z.object({ day: z.string(), usedMs: z.number().nonnegative(), devices: z.number().int().nonnegative() }).nullable(),
  /** when the local settings were last changed (to compare with synced ones) */
  settingsAt: z.number(),
});
export type BudgetSync = z.infer<typeof BudgetSyncSchema>;
export const NO_BUDGET_SYNC: BudgetSync = { enabled: false, deviceId: null, others: null, settingsAt: 0 };

/** The records found in storage.sync; anything that does not parse is ignored (not ours, or damaged). */
export function parseSyncRecords(raw: Record<string, unknown>): { days: DeviceDay[]; settings: SyncedSettings | null } {
  const days: DeviceDay[] = [];
  for (const [k, v] of Object.entries(raw)) {
    if (!k.startsWith(SYNC_DAY_PREFIX)) continue;
    const p = DeviceDaySchema.safeParse(v);
    if (p.success && k === SYNC_DAY_PREFIX + p.data.device) days.push(p.data);
  }
  const s = SyncedSettingsSchema.safeParse(raw[SYNC_SETTINGS_KEY]);
  return { days, settings: s.success ? s.data : null };
}

/** Minutes the OTHER devices used on `day` (a device counted once, at its highest figure). */
export function mergeDayMinutes(self: string, day: string, records: DeviceDay[]): { day: string; usedMs: number; devices: number } {
  const best = new Map<string, number>();
  for (const r of records) {
    if (r.device === self || r.day !== day) continue;
    best.set(r.device, Math.max(best.get(r.device) ?? 0, r.usedMs));
  }
  let usedMs = 0;
  for (const v of best.values()) usedMs += v;
  return { day, usedMs, devices: best.size };
}

/**
 * The settings to use after reading sync: a newer synced record wins, except that it cannot
 * switch protection off (returns null when the local settings stay).
 */
export function adoptSyncedSettings(local: ProtectionSettings, localAt: number, remote: SyncedSettings | null, self: string): ProtectionSettings | null {
  if (!remote || remote.device === self || remote.at <= localAt) return null;
  const next = { ...remote.settings, enabled: local.enabled || remote.settings.enabled };
  return JSON.stringify(next) === JSON.stringify(local) ? null : next;
}
