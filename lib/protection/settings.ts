/**
 * Guardian settings of protection mode (R-MINOR-10): one zod schema, defaults from the issue
 * (40-minute daily budget, curfew 22:00-06:00, gate minor_unsuitable and prohibited_goods).
 */
import { z } from 'zod';
import type { Category } from '../taxonomy';
import { CategorySchema } from '../taxonomy-schema';
import { HHMM_RE, isValidTimeZone } from './local-time';

export const HHMMSchema = z.string().regex(HHMM_RE, 'time must be HH:MM');
export const TimeZoneSchema = z.string().max(64).refine(isValidTimeZone, 'unknown time zone');

export const CurfewSchema = z.object({
  enabled: z.boolean(),
  start: HHMMSchema,
  end: HHMMSchema,
});
export type Curfew = z.infer<typeof CurfewSchema>;

export const ProtectionSettingsSchema = z.object({
  enabled: z.boolean(),
  /** 0 = no daily budget */
  dailyBudgetMinutes: z.number().int().min(0).max(1440),
  curfew: CurfewSchema,
  /**
   * The guardian's time zone for day boundaries and curfew. Pinned at set-up so changing the
   * computer's time zone does not move the curfew; null = follow the browser.
   */
  timeZone: TimeZoneSchema.nullable(),
  gatedCategories: z.array(CategorySchema).max(20),
  hideTipping: z.boolean(),
});
export type ProtectionSettings = z.infer<typeof ProtectionSettingsSchema>;

export const DEFAULT_GATED: Category[] = ['minor_unsuitable', 'prohibited_goods'];

export const DEFAULT_SETTINGS: ProtectionSettings = {
  enabled: false,
  dailyBudgetMinutes: 40,
  curfew: { enabled: true, start: '22:00', end: '06:00' },
  timeZone: null,
  gatedCategories: DEFAULT_GATED,
  hideTipping: true,
};

/** A partial update from the options page; validated field by field. */
export const SettingsPatchSchema = z
  .object({
    enabled: z.boolean(),
    dailyBudgetMinutes: ProtectionSettingsSchema.shape.dailyBudgetMinutes,
    curfew: CurfewSchema.partial(),
    timeZone: ProtectionSettingsSchema.shape.timeZone,
    gatedCategories: ProtectionSettingsSchema.shape.gatedCategories,
    hideTipping: z.boolean(),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/** Names of settings a policy can lock (dot paths, also used by the UI to disable fields). */
export const SETTING_PATHS = ['enabled', 'dailyBudgetMinutes', 'curfew.enabled', 'curfew.start', 'curfew.end', 'timeZone', 'gatedCategories', 'hideTipping'] as const;
export type SettingPath = (typeof SETTING_PATHS)[number];

export function patchPaths(patch: SettingsPatch): SettingPath[] {
  const out: SettingPath[] = [];
  for (const k of Object.keys(patch) as (keyof SettingsPatch)[]) {
    if (k === 'curfew') for (const c of Object.keys(patch.curfew ?? {})) out.push(`curfew.${c}` as SettingPath);
    else out.push(k);
  }
  return out;
}

export function applyPatch(s: ProtectionSettings, patch: SettingsPatch): ProtectionSettings {
  return ProtectionSettingsSchema.parse({ ...s, ...patch, curfew: { ...s.curfew, ...(patch.curfew ?? {}) } });
}
