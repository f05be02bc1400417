// @vitest-environment happy-dom
// The room's UI host is put back when the page removes it or touches its attributes (issue 14).
// happy-dom has no layout, so "covered" is left to the e2e (tests/e2e/hostile-page.spec.ts).
import { afterEach, expect, it, vi } from 'vitest';
import { keepHost } from '@/entrypoints/live.content/ui-host/keep-host';

const ac = new AbortController();
afterEach(() => ac.abort());

it('puts the host back, strips attributes the page added and restores its style', async () => {
  const host = document.createElement('liveguard-overlay');
  host.setAttribute('style', 'position: relative; z-index: 2147483647;');
  const shadow = host.attachShadow({ mode: 'closed' });
  document.documentElement.append(host);
  const repairs: string[][] = [];
  keepHost(host, shadow, ac.signal, (p) => repairs.push(p));

  host.remove();
  await vi.waitFor(() => expect(host.isConnected).toBe(true));
  host.setAttribute('hidden', '');
  host.setAttribute('inert', '');
  await vi.waitFor(() => expect(host.getAttributeNames()).toEqual(['style']));
  host.style.display = 'none';
  await vi.waitFor(() => expect(host.getAttribute('style')).toBe('position: relative; z-index: 2147483647;'));
  document.documentElement.setAttribute('inert', '');
  await vi.waitFor(() => expect(document.documentElement.hasAttribute('inert')).toBe(false), { timeout: 2000 });
  expect(repairs.flat()).toEqual(expect.arrayContaining(['removed', 'attributes', 'style', 'inert']));
});
