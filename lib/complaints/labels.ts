/**
 * Words for the report in a chosen language (issue 23). The report's language is picked at export
 * (a Chinese regulator gets zh-CN whatever the browser's UI language), so it cannot go through
 * browser.i18n; it reads the same locale files the UI is built from, so a category, status or
 * field has one name in both places and a missing translation is a build error there.
 */
import overlay from '../../locales/overlay.json';
import complaints from '../../locales/complaints.json';
import filing from '../../locales/complaint-filing.json';

export type Lang = 'zh-CN' | 'en';
type Entry = { zh_CN: string; en: string; placeholders?: Record<string, { content: string }> };
const ALL: Record<string, Entry> = { ...overlay, ...complaints, ...filing };

export type Translate = (key: string, subs?: string[]) => string;

/** A lookup pinned to `lang`, with browser.i18n's "$1" / "$NAME$" substitutions. Unknown key: throws (a test catches it). */
export function labelsFor(lang: Lang): Translate {
  const col = lang === 'zh-CN' ? 'zh_CN' : 'en';
  return (key, subs = []) => {
    const e = ALL[key];
    if (!e) throw new Error(`no locale text for "${key}"`);
    let s = e[col];
    for (const [name, p] of Object.entries(e.placeholders ?? {})) s = s.split(`$${name.toUpperCase()}$`).join(p.content);
    return s.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}

export { FIELD_LABEL_KEY, HASH_LABEL_KEY, siteLabelKey, reasonLabelKey } from './label-keys';
