/**
 * Managed policy (R-MINOR-11): a guardian or administrator forces protection mode through browser
 * policy (Chrome `storage.managed` with public/managed_schema.json; Firefox policies.json
 * "3rdparty" or a managed-storage manifest; docs/protection-policy.md). Policy values override the
 * local ones and the UI cannot change them, not even with the PIN. A policy `pin` replaces the
 * local PIN, which is also the recovery route for a lost PIN.
 *
 * Each key is parsed on its own: one malformed value is reported and ignored instead of
 * discarding the whole policy.
 */
import { z } from 'zod';
import { CategorySchema } from '../taxonomy-schema';
import { PinRecordSchema, type PinRecord } from './pin';
import { HHMMSchema, TimeZoneSchema, type ProtectionSettings, type SettingPath } from './settings';

export const POLICY_FIELDS = {
  protectionEnabled: z.boolean(),
  dailyBudgetMinutes: z.number().int().min(0).max(1440),
  curfewEnabled: z.boolean(),
  curfewStart: HHMMSchema,
  curfewEnd: HHMMSchema,
  timeZone: TimeZoneSchema,
  gatedCategories: z.array(CategorySchema).max(20),
  hideTipping: z.boolean(),
  pin: PinRecordSchema.omit({ algo: true }).extend({ algo: z.literal('PBKDF2-SHA256').optional() }),
} as const;
type Fields = typeof POLICY_FIELDS;
export type ManagedPolicy = { [K in keyof Fields]?: z.infer<Fields[K]> };

const FIELD_PATH: Record<Exclude<keyof Fields, 'pin'>, SettingPath> = {
  protectionEnabled: 'enabled',
  dailyBudgetMinutes: 'dailyBudgetMinutes',
  curfewEnabled: 'curfew.enabled',
  curfewStart: 'curfew.start',
  curfewEnd: 'curfew.end',
  timeZone: 'timeZone',
  gatedCategories: 'gatedCategories',
  hideTipping: 'hideTipping',
};

export function parsePolicy(raw: unknown): { policy: ManagedPolicy; errors: string[] } {
  const policy: ManagedPolicy = {};
  const errors: string[] = [];
  if (raw === null || typeof raw !== 'object') return { policy, errors: raw == null ? [] : ['policy is not an object'] };
  for (const [key, value] of Object.entries(raw)) {
    const schema = POLICY_FIELDS[key as keyof Fields];
    if (!schema) {
      errors.push(`unknown policy key ${key}`);
      continue;
    }
    const r = schema.safeParse(value);
    if (r.success) (policy as Record<string, unknown>)[key] = r.data;
    else errors.push(`${key}: ${r.error.issues[0]?.message ?? 'invalid'}`);
  }
  return { policy, errors };
}

export interface Effective {
  settings: ProtectionSettings;
  pin: PinRecord | null;
  /** setting paths fixed by policy (the UI disables them; updates to them are refused) */
  locked: SettingPath[];
  pinLocked: boolean;
}

export function mergePolicy(local: ProtectionSettings, localPin: PinRecord | null, policy: ManagedPolicy): Effective {
  const s: ProtectionSettings = { ...local, curfew: { ...local.curfew } };
  const locked: SettingPath[] = [];
  if (policy.protectionEnabled !== undefined) s.enabled = policy.protectionEnabled;
  if (policy.dailyBudgetMinutes !== undefined) s.dailyBudgetMinutes = policy.dailyBudgetMinutes;
  if (policy.curfewEnabled !== undefined) s.curfew.enabled = policy.curfewEnabled;
  if (policy.curfewStart !== undefined) s.curfew.start = policy.curfewStart;
  if (policy.curfewEnd !== undefined) s.curfew.end = policy.curfewEnd;
  if (policy.timeZone !== undefined) s.timeZone = policy.timeZone;
  if (policy.gatedCategories !== undefined) s.gatedCategories = policy.gatedCategories;
  if (policy.hideTipping !== undefined) s.hideTipping = policy.hideTipping;
  for (const [k, path] of Object.entries(FIELD_PATH)) if (policy[k as keyof Fields] !== undefined) locked.push(path);
  const pin = policy.pin ? { ...policy.pin, algo: 'PBKDF2-SHA256' as const } : localPin;
  return { settings: s, pin, locked, pinLocked: policy.pin !== undefined };
}
