// @vitest-environment happy-dom
// R-INFO-24 on the credit card: the seller the room discloses beside the host's credit, plainly none
// when it discloses none, the card's shop and when it is not the host; page links open only on the
// platform's domains; page text stays text.
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { SellerFacts } from '@/components/credit/SellerFacts';
import { CreditCard } from '@/components/credit/CreditCard';
import { creditViewModel } from '@/lib/credit/view-model';
import { sellerView } from '@/lib/sites/seller-check';

(browser.i18n as { getMessage: (k: string, s?: string | string[]) => string }).getMessage = (k, s) => (s ? `${k}(${[s].flat().join(',')})` : k);
const DOUYIN = ['douyin.com', 'iesdouyin.com', 'jinritemai.com'];
const SELLER = { name: '茶园直供官方旗舰店', url: 'https://haohuo.jinritemai.com/views/shop/index?id=1', licenceUrl: 'https://haohuo.jinritemai.com/views/shop/multipleLicenses?id=1' };

describe('SellerFacts', () => {
  it('a disclosed seller: name, shop link and licence link on the platform', () => {
    const { container } = render(<SellerFacts view={sellerView({ seller: SELLER, hostName: '茶园直供', product: null }, DOUYIN)} />);
    const s = container.querySelector('[data-liveguard="credit-seller"]')!;
    expect(s.getAttribute('data-seller-state')).toBe('disclosed');
    expect(s.querySelector('[data-field="seller-name"]')!.textContent).toBe('茶园直供官方旗舰店');
    expect(s.querySelector('a[data-field="seller-link"]')!.getAttribute('href')).toBe(SELLER.url);
    expect(s.querySelector('a[data-field="seller-link"]')!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(s.querySelector('a[data-field="seller-licence"]')!.getAttribute('href')).toBe(SELLER.licenceUrl);
    expect(s.querySelector('[data-field="seller-none"]')).toBeNull();
    expect(s.querySelector('[data-field="seller-differs"]')).toBeNull();
    expect(s.textContent).toContain('sellerBasis');
  });
  it('none disclosed: says so plainly; a card shop that is not the host is called out', () => {
    const { container } = render(<SellerFacts view={sellerView({ seller: null, hostName: '茶园直供', product: { seller: '<b>某某贸易旗舰店</b>' } }, DOUYIN)} />);
    const s = container.querySelector('[data-liveguard="credit-seller"]')!;
    expect(s.getAttribute('data-seller-state')).toBe('none');
    expect(s.querySelector('[data-field="seller-none"]')!.textContent).toBe('sellerNone');
    expect(s.querySelector('[data-field="card-shop"] bdi')!.textContent).toBe('<b>某某贸易旗舰店</b>');
    expect(s.querySelector('b')).toBeNull();
    expect(s.querySelector('[data-field="seller-differs"]')!.textContent).toBe('sellerCardDiffers');
  });
  it('a link off the platform is shown as its address, never as a link', () => {
    const { container } = render(<SellerFacts view={sellerView({ seller: { name: 'X', url: 'https://phish.example/login', licenceUrl: null }, hostName: 'X', product: null }, DOUYIN)} />);
    expect(container.querySelector('a')).toBeNull();
    expect(container.querySelector('[data-field="seller-link"]')!.textContent).toContain('phish.example');
  });
  it('sits on the credit card beside the host\'s credit', () => {
    const model = creditViewModel({ status: 'unavailable', credit: null, blacklist: null, fetchedAt: null, stale: false, myComplaints: { total: 0, recent: [] } });
    const view = sellerView({ seller: SELLER, hostName: '茶园直供', product: null }, DOUYIN);
    const { container } = render(<CreditCard model={model} mine={{ total: 0, recent: [] }} hostName="茶园直供" seller={view} placement={{ mode: 'dock' }} onClose={() => undefined} />);
    expect(container.querySelector('[data-liveguard="credit-card"] [data-liveguard="credit-seller"]')).not.toBeNull();
  });
});
