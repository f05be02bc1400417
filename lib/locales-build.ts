/**
 * Builds _locales/<lang>/messages.json from locales/*.json (one file per area, each key holding
 * both languages side by side). Why: every area adds UI strings, and one shared messages.json per
 * language made parallel work collide; keeping zh_CN and en next to each other also makes a missing
 * translation a build error instead of a blank label.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCALES = ['zh_CN', 'en'] as const;
type Entry = Record<(typeof LOCALES)[number], string> & { placeholders?: Record<string, { content: string }> };

export function buildLocaleMessages(dir: string): Record<string, Record<string, { message: string; placeholders?: Entry['placeholders'] }>> {
  const out: Record<string, Record<string, { message: string; placeholders?: Entry['placeholders'] }>> = { zh_CN: {}, en: {} };
  const seen = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const entries = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, Entry>;
    for (const [key, entry] of Object.entries(entries)) {
      if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`locales/${file}: bad message key "${key}"`);
      if (seen.has(key)) throw new Error(`locales/${file}: key "${key}" already defined in ${seen.get(key)}`);
      seen.set(key, file);
      for (const lang of LOCALES) {
        if (typeof entry[lang] !== 'string' || !entry[lang]) throw new Error(`locales/${file}: "${key}" has no ${lang} text`);
        out[lang][key] = { message: entry[lang], ...(entry.placeholders ? { placeholders: entry.placeholders } : {}) };
      }
    }
  }
  return out;
}
