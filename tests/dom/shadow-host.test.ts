// @vitest-environment happy-dom
// Our own shadow host (issue 13, replacing WXT's createShadowRootUi): the root's mode, the DOM and
// styles the overlay relies on, and the viewer's keys stopping at our root. The page-side proofs
// (closed root unreadable, synthetic events ignored, host put back) run the built extension:
// tests/e2e/hostile-page.spec.ts (Chromium) and tests/firefox/hostile-page.test.ts (Firefox).
import { readFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { createShadowHost, HOST_TAG } from '@/entrypoints/live.content/ui-host/shadow-host';

afterEach(() => {
  for (const el of document.querySelectorAll(HOST_TAG)) el.remove();
});

it('a closed root: the page finds the host, never the tree inside it', () => {
  const { host, shadow, container } = createShadowHost('closed', '.lg-root { color: red; }', 2147483647);
  document.documentElement.append(host);
  container.append(Object.assign(document.createElement('button'), { textContent: 'secret' }));
  expect(document.querySelector(HOST_TAG)).toBe(host);
  expect(host.shadowRoot).toBeNull();
  expect(host.textContent).toBe('');
  expect(shadow.querySelector('button')?.textContent).toBe('secret');
});

it('the same tree and host style as WXT built, with the reset before our CSS', () => {
  const { host, shadow, container } = createShadowHost('open', '.lg-root { color: red; }', 2147483647);
  expect(host.shadowRoot).toBe(shadow);
  expect([...shadow.children].map((e) => e.localName)).toEqual(['html']);
  expect([...shadow.firstElementChild!.children].map((e) => e.localName)).toEqual(['head', 'body']);
  expect(container.localName).toBe('body');
  const css = shadow.querySelector('style')!.textContent!;
  expect(css.indexOf(':host{all:initial !important;}')).toBe(0);
  expect(css).toContain('.lg-root { color: red; }');
  expect(host.style.zIndex).toBe('2147483647');
  expect([host.style.position, host.style.display, host.style.width, host.style.height, host.style.overflow]).toEqual(['relative', 'block', '0px', '0px', 'visible']);
});

it("keys typed inside stop at our root: the page's bubbling key handlers never see them", () => {
  const { host, container } = createShadowHost('closed', '', 1);
  document.documentElement.append(host);
  const button = document.createElement('button');
  container.append(button);
  const ours: string[] = [];
  const page: string[] = [];
  button.addEventListener('keydown', (e) => ours.push(e.key));
  document.addEventListener('keydown', (e) => page.push(e.key));
  document.addEventListener('input', () => page.push('input'));
  button.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
  button.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  expect(ours).toEqual(['a']);
  expect(page).toEqual([]);
  // control: the same event from an element of the page reaches the page's handler
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'b', bubbles: true }));
  expect(page).toEqual(['b']);
});

it('the stylesheets need nothing a shadow root ignores (@property, @font-face would have to go to the document)', () => {
  for (const file of ['entrypoints/live.content/overlay.css', 'components/design/tokens.css', 'components/protection/layer.css']) {
    expect({ file, atRules: readFileSync(file, 'utf8').match(/@(property|font-face)\b/g) ?? [] }).toEqual({ file, atRules: [] });
  }
});
