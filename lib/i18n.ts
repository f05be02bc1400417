/**
 * UI text lookup through browser.i18n (zh-CN first, en second). Keys come from locales/*.json, which
 * WXT's generated types cannot see, so the key is a plain string here and
 * tests/unit/i18n-keys.test.ts checks that every t('…') key used in the code exists.
 *
 * Plain lookups are cached (issue 5): a message cannot change while the extension runs, and each
 * getMessage call crosses the extension bindings, which the content script's profile showed costing
 * more than scanning a chat line (the overlay re-renders on every finding of a busy room). The cache
 * follows the getMessage function itself, so a test that swaps it in gets its own answers.
 */
const cache = new Map<string, string>();
let cachedFor: unknown = null;

type Lookup = (k: string, s?: string | string[]) => string;
let chosen: Lookup | null = null;

/**
 * Extension pages only (lib/page-locale.ts): the viewer chose a language other than the browser's
 * (viewerPrefs.locale, first-run page, issue 18 item 4). `messages` is the built
 * _locales/<locale>/messages.json; null goes back to the browser's language. Substitutions are
 * browser.i18n's $1…$9 (locales/ use no named placeholders; locales-build keeps them if added).
 */
export function useMessageTable(locale: string | null, messages?: Record<string, { message: string }>): void {
  if (!locale || !messages) {
    chosen = null;
    return;
  }
  chosen = (k, s) => {
    if (k === '@@ui_locale') return locale;
    const subs = s === undefined ? [] : Array.isArray(s) ? s : [s];
    return messages[k]?.message.replace(/\$(\d|\$)/g, (_m, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? ''))) ?? '';
  };
}

export function t(key: string, substitutions?: string | string[]): string {
  const get = chosen ?? (browser.i18n.getMessage as Lookup);
  if (substitutions !== undefined) return get(key, substitutions) || key;
  if (cachedFor !== get) {
    cache.clear();
    cachedFor = get;
  }
  let text = cache.get(key);
  if (text === undefined) {
    text = get(key) || key;
    cache.set(key, text);
  }
  return text;
}

/**
 * The BCP 47 tag of the strings `t` returns (the locale file's own, so a browser in French, which
 * falls back to zh_CN, gets "zh-CN"). Extension pages set it on <html> (axe html-has-lang, issue 18
 * item 6): screen readers pick their voice by it; the overlay sets it on its root.
 */
export function uiLang(): string {
  return t('uiLang');
}
export function markPageLanguage(doc: Document = document): void {
  doc.documentElement.lang = uiLang();
}
