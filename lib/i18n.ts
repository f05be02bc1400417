/**
 * UI text lookup through browser.i18n (zh-CN first, en second). Keys come from locales/*.json, which
 * WXT's generated types cannot see, so the key is a plain string here and
 * tests/unit/i18n-keys.test.ts checks that every t('…') key used in the code exists.
 */
export function t(key: string, substitutions?: string | string[]): string {
  const get = browser.i18n.getMessage as (k: string, s?: string | string[]) => string;
  return get(key, substitutions) || key;
}
