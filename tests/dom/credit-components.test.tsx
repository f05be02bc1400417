// @vitest-environment happy-dom
// R-CREDIT-13/14: the badge (button with aria label and data hooks, label text never colour alone),
// the card's facts, the viewer's complaints, page-borne text rendered as text, and the blacklist
// interstitial showing the reason.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/preact';
import { CreditBadge } from '@/components/credit/CreditBadge';
import { CreditCard } from '@/components/credit/CreditCard';
import { Interstitial } from '@/components/overlay/Interstitial';
import { creditViewModel } from '@/lib/credit/view-model';
import { blacklistFinding } from '@/lib/credit/finding';
import type { CreditAnswer } from '@/lib/credit/protocol';

// fakeBrowser has no i18n catalog; keys stand in for translations (checked by i18n-keys.test.ts)
(browser.i18n as { getMessage: (k: string, s?: string | string[]) => string }).getMessage = (k, s) => (s ? `${k}(${[s].flat().join(',')})` : k);

const HOSTILE = '<img src=x onerror=alert(1)>';
const answer = (over: Partial<CreditAnswer> = {}): CreditAnswer => ({
  status: 'found',
  credit: { level: 1, complaints: 112, platformPenalties: 5, regulatorNotices: 3, updatedAt: '2026-11-01T00:00:00.000Z' },
  blacklist: { reason: HOSTILE, source: 'Regulator', since: '2026-10-01', from: 'server' },
  fetchedAt: Date.UTC(2026, 11, 1),
  stale: false,
  myComplaints: { total: 2, recent: [{ id: 'a', createdAt: Date.UTC(2026, 10, 2), category: 'counterfeit', status: 'draft' }, { id: 'b', createdAt: Date.UTC(2026, 10, 1), category: 'price_fraud', status: 'resolved' }] },
  ...over,
});

describe('CreditBadge', () => {
  it('a blacklisted low-credit host: level chip with words, blacklist mark, aria label, hooks', () => {
    const onToggle = vi.fn();
    const { container } = render(<CreditBadge model={creditViewModel(answer())} placement={{ mode: 'anchored', left: 120, top: 40 }} expanded={false} onToggle={onToggle} />);
    const b = container.querySelector('button[data-liveguard="credit-badge"]') as HTMLButtonElement;
    expect(b.getAttribute('data-credit-level')).toBe('level1');
    expect(b.getAttribute('data-blacklisted')).toBe('true');
    expect(b.getAttribute('aria-label')).toBe('creditBadgeAriaBlacklisted(creditLevel1)');
    expect(b.getAttribute('aria-expanded')).toBe('false');
    expect(b.textContent).toBe('creditLevel1creditBlacklisted');
    expect(b.style.left).toBe('120px');
    fireEvent.click(b);
    expect(onToggle).toHaveBeenCalledTimes(1);
  });

  it('no record: its own state and label, no blacklist mark', () => {
    const { container } = render(<CreditBadge model={creditViewModel(answer({ status: 'none', credit: null, blacklist: null }))} placement={{ mode: 'dock' }} expanded={false} onToggle={() => undefined} />);
    const b = container.querySelector('[data-liveguard="credit-badge"]')!;
    expect(b.getAttribute('data-credit-level')).toBe('none');
    expect(b.textContent).toBe('creditNone');
    expect(container.querySelector('[data-liveguard="credit-blacklist-mark"]')).toBeNull();
  });
});

describe('CreditCard', () => {
  it('shows level, counts, blacklist source/reason/date, update times, basis and my complaints, as text', () => {
    const onClose = vi.fn();
    const a = answer();
    const { container } = render(<CreditCard model={creditViewModel(a)} mine={a.myComplaints} hostName={HOSTILE} placement={{ mode: 'dock' }} onClose={onClose} />);
    const field = (f: string) => container.querySelector(`[data-field="${f}"]`)?.textContent;
    expect(field('level')).toBe('1/5');
    expect(field('complaints')).toBe('112');
    expect(field('platformPenalties')).toBe('5');
    expect(field('regulatorNotices')).toBe('3');
    expect(field('updated')).toBe('2026-11-01');
    expect(field('reason')).toBe(HOSTILE);
    expect(field('source')).toBe('Regulator');
    expect(field('since')).toBe('2026-10-01');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('creditBasisScale');
    const mine = container.querySelector('[data-liveguard="credit-my-complaints"]')!;
    expect(mine.getAttribute('data-count')).toBe('2');
    expect(mine.querySelectorAll('li')).toHaveLength(2);
    expect(mine.textContent).toContain('cat_counterfeit');
    expect(container.querySelector('[role="dialog"]')).not.toBeNull();
    fireEvent.keyDown(container.querySelector('[data-liveguard="credit-card"]')!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('no record says so in words, and lists no counts', () => {
    const a = answer({ status: 'none', credit: null, blacklist: null, myComplaints: { total: 0, recent: [] } });
    const { container } = render(<CreditCard model={creditViewModel(a)} mine={a.myComplaints} hostName="x" placement={{ mode: 'dock' }} onClose={() => undefined} />);
    expect(container.querySelector('[data-liveguard="credit-no-record"]')?.textContent).toBe('creditNoRecordText');
    expect(container.querySelector('[data-liveguard="credit-counts"]')).toBeNull();
    expect(container.textContent).toContain('creditMyComplaintsNone');
  });
});

describe('blacklist interstitial (R-CREDIT-14)', () => {
  it('a critical finding whose text names the blacklist and shows the reason, source and date', () => {
    const f = blacklistFinding({ reason: HOSTILE, source: 'Regulator', since: '2026-10-01', from: 'server' }, '主播A');
    const { container } = render(<Interstitial item={{ uid: 1, at: 0, finding: f }} actions={[]} onContinue={() => undefined} onLeave={() => undefined} />);
    const box = container.querySelector('[data-severity="critical"]')!;
    expect(box.textContent).toContain('creditBlacklistCat');
    expect(box.querySelector('q')?.textContent).toBe(HOSTILE);
    expect(box.querySelector('[data-liveguard="blacklist-context"]')?.textContent).toBe('主播A · Regulator · 2026-10-01');
    expect(box.textContent).toContain('R-CREDIT-14');
    // the basis is the rule's own locale text (locales/rules.json names the 2021 Measures, Art. 14), not the category's
    expect(box.textContent).toContain('basisRule_R_CREDIT_14');
    expect(box.textContent).not.toContain('red line 3');
    expect(container.querySelector('img')).toBeNull();
  });
});
