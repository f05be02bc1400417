// Issue 18 item 4: the viewer's language choice on LiveGuard's pages. A chosen message table
// answers t() (with browser.i18n's $1…$9 substitutions and @@ui_locale), null gives the lookup
// back to the browser; and the first-run page opens on install only, never on update.
import { afterEach, describe, expect, it } from 'vitest';
import { t, useMessageTable } from '@/lib/i18n';
import { buildLocaleMessages } from '@/lib/locales-build';
import { opensWelcome } from '@/entrypoints/background/first-run';

const browserLookup = (k: string, s?: string | string[]) => (k === '@@ui_locale' ? 'zh_CN' : s ? `browser:${k}(${[s].flat().join(',')})` : `browser:${k}`);
(browser.i18n as { getMessage: typeof browserLookup }).getMessage = browserLookup;
afterEach(() => useMessageTable(null));

describe('page language choice', () => {
  it('the built English table answers, with substitutions, and names its locale', () => {
    const en = buildLocaleMessages('locales').en;
    useMessageTable('en', en);
    expect(t('welcomeTitle')).toBe('Welcome to LiveGuard');
    expect(t('popupRoomFindings', ['3'])).toBe('3 finding(s)');
    expect(t('@@ui_locale')).toBe('en');
    // an unknown key shows itself, as with browser.i18n
    expect(t('noSuchKey')).toBe('noSuchKey');
  });

  it('$$ is a dollar sign and a missing substitution is empty', () => {
    useMessageTable('en', { price: { message: '$$$1 now, was $$$2' } });
    expect(t('price', ['9'])).toBe('$9 now, was $');
  });

  it('switching tables and back to the browser drops cached answers', () => {
    useMessageTable('zh_CN', buildLocaleMessages('locales').zh_CN);
    expect(t('welcomeTitle')).toBe('欢迎使用直播守护');
    useMessageTable('en', buildLocaleMessages('locales').en);
    expect(t('welcomeTitle')).toBe('Welcome to LiveGuard');
    useMessageTable(null);
    expect(t('welcomeTitle')).toBe('browser:welcomeTitle');
  });
});

describe('first run', () => {
  it('opens the welcome page on install only, and never in a test build', () => {
    expect(opensWelcome('install', false)).toBe(true);
    for (const reason of ['update', 'chrome_update', 'browser_update', 'shared_module_update']) expect(opensWelcome(reason, false)).toBe(false);
    expect(opensWelcome('install', true)).toBe(false);
  });
});
