/**
 * The viewer's language choice on LiveGuard's own pages (issue 18 item 4): viewerPrefs.locale
 * (null = follow the browser). A page awaits applyViewerLocale() before its first render; the
 * first-run page calls setPageLocale() when the viewer picks a language. Every extension page,
 * the framed PIN and complaint-form pages included, awaits it; the content script's overlay gets
 * the same choice from the background (lib/viewer-locale: it may not read storage itself).
 */
import { markPageLanguage, useMessageTable } from './i18n';
import { viewerPrefs, type ViewerPrefs } from './storage';
import { loadMessageTable } from './viewer-locale/table';

export type PageLocale = ViewerPrefs['locale'];

export async function setPageLocale(locale: PageLocale): Promise<void> {
  if (locale) {
    useMessageTable(locale, await loadMessageTable(locale));
  } else {
    useMessageTable(null);
  }
  // the language of the strings shown (an unsupported browser language falls back to zh-CN)
  markPageLanguage();
}

/** Loads the saved choice; a broken or missing value falls back to the browser's language. */
export async function applyViewerLocale(): Promise<PageLocale> {
  const locale = await viewerPrefs.getValue().then((p) => p.locale, () => null);
  await setPageLocale(locale).catch(() => setPageLocale(null));
  return locale;
}

export async function saveViewerLocale(locale: PageLocale): Promise<void> {
  await viewerPrefs.setValue({ ...(await viewerPrefs.getValue()), locale });
  await setPageLocale(locale);
}
