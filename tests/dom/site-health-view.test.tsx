// @vitest-environment happy-dom
// Issue 17: the popup's site-health component renders each part and, when one fails, what still works.
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { SiteHealthView } from '@/components/sites/SiteHealthView';
import { siteHealth } from '@/lib/sites/health';
import { douyinSite } from '@/lib/sites/descriptors/douyin';

// fakeBrowser has no i18n catalog; keys stand in for translations (checked by i18n-keys.test.ts)
(browser.i18n as { getMessage: (k: string) => string }).getMessage = (k) => k;

describe('SiteHealthView', () => {
  it('shows how every part is read and what still works when the chat is missing', () => {
    const health = siteHealth(douyinSite, { chat: 'none', host: 'fallback', title: 'selectors', product: 'none', counters: 'none' });
    const { container } = render(<SiteHealthView health={health} />);
    const root = container.querySelector('[data-liveguard="site-health"]')!;
    expect(root.getAttribute('data-status')).toBe('broken');
    expect([...root.querySelectorAll('li')].map((li) => [li.getAttribute('data-part'), li.getAttribute('data-how')])).toEqual([
      ['chat', 'none'], ['host', 'fallback'], ['title', 'selectors'], ['product', 'none'], ['counters', 'none'],
    ]);
    expect(root.querySelector('[data-liveguard="site-health-note"]')).not.toBeNull();
    expect(root.querySelector('[data-liveguard="site-health-still"]')?.textContent).toBe('siteHealthStillWorks sitePart_host、sitePart_title');
  });
  it('all well: no note, no list', () => {
    const health = siteHealth(douyinSite, { chat: 'selectors', host: 'selectors', title: 'selectors', product: 'selectors', counters: 'selectors' });
    const { container } = render(<SiteHealthView health={health} />);
    expect(container.querySelector('[data-liveguard="site-health-note"]')).toBeNull();
    expect(container.querySelector('[data-liveguard="site-health-still"]')).toBeNull();
  });
});
