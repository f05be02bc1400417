// The overlay's language choice (issue 18 item 4) through the real message handler and WXT's
// storage item (fakeBrowser stands in for browser.storage and i18n, which cannot run in Node; the
// message tables are the real built ones, from locales/, instead of a fetch of _locales/).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerViewerLocale } from '@/lib/viewer-locale/background';
import { localeTag } from '@/lib/viewer-locale/table';
import { buildLocaleMessages } from '@/lib/locales-build';
import { callBackground, contentScript } from '../../background-call';

const TABLES = buildLocaleMessages('locales');
const CONTENT = () => contentScript();
let browserLang = 'zh-CN';
const loaded: string[] = [];

const call = callBackground;

beforeEach(() => {
  fakeBrowser.reset();
  browserLang = 'zh-CN';
  loaded.length = 0;
  (browser.i18n as { getMessage(k: string): string }).getMessage = (k: string) => (k === 'uiLang' ? browserLang : k);
  registerViewerLocale(async (locale) => {
    loaded.push(locale);
    return TABLES[locale];
  });
});

describe('viewer locale for the content script', () => {
  it('no choice: follow the browser, no table sent', async () => {
    expect(await call('viewerLocale:get', {}, CONTENT())).toEqual({ locale: null, messages: null });
    expect(loaded).toEqual([]);
  });

  it('English chosen on a zh-CN browser: the English table is handed over', async () => {
    await fakeBrowser.storage.local.set({ viewerPrefs: { locale: 'en' } });
    const r = await call('viewerLocale:get', {}, CONTENT());
    expect(r.locale).toBe('en');
    expect(r.messages?.overlayTitle?.message).toBe('LiveGuard');
    expect(r.messages?.uiLang?.message).toBe('en');
  });

  it('中文 chosen on an English browser: the zh_CN table; the browser\'s own language: none', async () => {
    browserLang = 'en';
    await fakeBrowser.storage.local.set({ viewerPrefs: { locale: 'zh_CN' } });
    expect((await call('viewerLocale:get', {}, CONTENT())).messages?.overlayTitle?.message).toBe('直播守护');
    await fakeBrowser.storage.local.set({ viewerPrefs: { locale: 'en' } });
    expect(await call('viewerLocale:get', {}, CONTENT())).toEqual({ locale: 'en', messages: null });
    expect(loaded).toEqual(['zh_CN']);
  });

  it('a broken stored value reads as "follow the browser"; a request with page data is refused', async () => {
    await fakeBrowser.storage.local.set({ viewerPrefs: { locale: 'fr' } });
    expect(await call('viewerLocale:get', {}, CONTENT())).toEqual({ locale: null, messages: null });
    await expect(call('viewerLocale:get', { url: 'https://live.douyin.com/1' } as never, CONTENT())).rejects.toThrow(/invalid viewerLocale:get/);
  });

  it('locale tags match each table\'s own uiLang', () => {
    for (const l of ['zh_CN', 'en'] as const) expect(localeTag(l)).toBe(TABLES[l].uiLang.message);
  });
});
