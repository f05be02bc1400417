// @vitest-environment happy-dom
// Issue 18 item 4: the first-run page shows what LiveGuard does, the privacy promise, the language
// choice, the optional screenshot grant and the guardian link, and raises the viewer's choices.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { WelcomeView, type WelcomeViewProps } from '@/components/welcome/WelcomeView';
import { useMessageTable } from '@/lib/i18n';
import { buildLocaleMessages } from '@/lib/locales-build';
import { SITE_IDS } from '@/lib/model';

const zh = buildLocaleMessages('locales').zh_CN;
// fakeBrowser has no i18n catalog; keys stand in for translations where no table is chosen
(browser.i18n as { getMessage: (k: string) => string }).getMessage = (k) => (k === '@@ui_locale' ? 'zh_CN' : k);
afterEach(() => {
  cleanup();
  useMessageTable(null);
});

function props(over: Partial<WelcomeViewProps> = {}): WelcomeViewProps {
  return { locale: null, localeBusy: false, onLocale: vi.fn(), shotGranted: false, shotDenied: false, onAllowShot: vi.fn(), optionsHref: '/options.html', onDone: vi.fn(), ...over };
}

describe('WelcomeView', () => {
  it('shows the five things LiveGuard does, every supported site, the privacy promise and one h1', () => {
    useMessageTable('zh_CN', zh);
    const { container, getByRole } = render(<WelcomeView {...props()} />);
    expect(getByRole('heading', { level: 1 }).textContent).toBe('欢迎使用直播守护');
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    expect(container.querySelectorAll('[data-liveguard="welcome-what"] li')).toHaveLength(5);
    const sites = container.querySelector('[data-liveguard="welcome-what"] p')!.textContent!;
    for (const s of SITE_IDS) expect(sites).toContain(zh[`cpSite_${s}`]!.message);
    expect(container.querySelector('[data-liveguard="welcome-privacy"]')!.textContent).toContain(zh.welcomePrivacy!.message);
  });

  it('the language radios show the choice and raise a new one', () => {
    const onLocale = vi.fn();
    const { container } = render(<WelcomeView {...props({ locale: 'en', onLocale })} />);
    const radios = [...container.querySelectorAll<HTMLInputElement>('input[name="locale"]')];
    expect(radios.map((r) => [r.value, r.checked])).toEqual([['', false], ['zh_CN', false], ['en', true]]);
    fireEvent.click(radios[1]!);
    expect(onLocale).toHaveBeenCalledWith('zh_CN');
    fireEvent.click(radios[0]!);
    expect(onLocale).toHaveBeenLastCalledWith(null);
  });

  it('screenshots: a button to allow, the refusal explained, and no button once granted', () => {
    const onAllowShot = vi.fn();
    const r = render(<WelcomeView {...props({ onAllowShot, shotDenied: true })} />);
    fireEvent.click(r.container.querySelector('[data-liveguard="welcome-allow-shot"]')!);
    expect(onAllowShot).toHaveBeenCalledTimes(1);
    expect(r.container.querySelector('[data-liveguard="welcome-shot-state"]')!.getAttribute('data-state')).toBe('denied');
    r.unmount();
    const g = render(<WelcomeView {...props({ shotGranted: true })} />);
    expect(g.container.querySelector('[data-liveguard="welcome-allow-shot"]')).toBeNull();
    expect(g.container.querySelector('[data-liveguard="welcome-shot-state"]')!.getAttribute('data-state')).toBe('granted');
    g.unmount();
    const asking = render(<WelcomeView {...props({ shotGranted: null })} />);
    expect((asking.container.querySelector('[data-liveguard="welcome-allow-shot"]') as HTMLButtonElement).disabled).toBe(true);
  });

  it('the guardian link goes to the options page guardian section; done raises onDone', () => {
    const onDone = vi.fn();
    const { container } = render(<WelcomeView {...props({ onDone })} />);
    expect(container.querySelector('[data-liveguard="welcome-guardian-link"]')!.getAttribute('href')).toBe('/options.html#guardian');
    fireEvent.click(container.querySelector('[data-liveguard="welcome-done"]')!);
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});
