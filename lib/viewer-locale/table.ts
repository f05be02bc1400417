/**
 * One built locale's message table (_locales/<locale>/messages.json), read from the extension's own
 * files: by extension pages (lib/page-locale.ts) and by the background for the content script.
 */
import type { MessageTable } from './protocol';
import type { ViewerPrefs } from '../storage';

export type ChosenLocale = NonNullable<ViewerPrefs['locale']>;

/** 'zh_CN' → 'zh-CN': the BCP 47 tag each table's own `uiLang` string holds */
export const localeTag = (locale: ChosenLocale): string => locale.replace('_', '-');

export async function loadMessageTable(locale: ChosenLocale): Promise<MessageTable> {
  const url = browser.runtime.getURL(`/_locales/${locale}/messages.json` as '/');
  const res = await fetch(url);
  if (!res.ok) throw new Error(`messages for ${locale}: HTTP ${res.status}`);
  return (await res.json()) as MessageTable;
}
