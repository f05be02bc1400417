/**
 * The background's side of the viewer's language choice (issue 18 item 4 follow-up): reads
 * viewerPrefs.locale (the welcome page and options write it) and, when it is not the language
 * the browser already gives the extension, hands the content script that locale's built strings.
 */
import { handle } from '../messaging';
import { viewerPrefs, ViewerPrefsSchema } from '../storage';
import { uiLang } from '../i18n';
import { loadMessageTable, localeTag } from './table';
import type { ViewerLocaleReply } from './protocol';

export async function viewerLocaleReply(load = loadMessageTable): Promise<ViewerLocaleReply> {
  // a broken stored value reads as "follow the browser" rather than failing the room
  // (the storage item does not check its schema on read)
  const locale = await viewerPrefs.getValue().then((p) => ViewerPrefsSchema.shape.locale.catch(null).parse(p?.locale), () => null);
  if (!locale || localeTag(locale) === uiLang()) return { locale, messages: null };
  return { locale, messages: await load(locale) };
}

/** `load` stands in for the extension's own files in unit tests (Node has no extension origin) */
export function registerViewerLocale(load = loadMessageTable): () => void {
  return handle({ 'viewerLocale:get': () => viewerLocaleReply(load) });
}
