/**
 * Issue 18 item 6: every action reachable by keyboard, with visible focus. On each extension page
 * and in the overlay, Tab goes through the controls; every visible, enabled control must be reached,
 * and while it has focus its outline or box-shadow must differ from its unfocused look.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchTestBuild } from './harness';
import { EXTENSION_PAGES, openComplaintFrame, openDemoRoom, playDemoTour } from './ui-pages';

const CONTROLS = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** Number the visible enabled controls under `root` (shadow roots included) and note their unfocused look. */
async function markControls(page: Page, rootSelector: string | null) {
  return page.evaluate(
    ([sel, rootSel]) => {
      // the unfocused look: take focus off whatever has it (the interstitial focuses its first action)
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      (active as HTMLElement | null)?.blur?.();
      const roots: Array<Document | ShadowRoot | Element> = [];
      const start = rootSel ? document.querySelector(rootSel) : document;
      const walk = (r: Document | ShadowRoot | Element) => {
        roots.push(r);
        for (const el of r.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
      };
      if (start) walk(start instanceof Element && start.shadowRoot ? start.shadowRoot : start);
      const looks: Record<string, string> = {};
      const names: Record<string, string> = {};
      let n = 0;
      for (const r of roots)
        for (const el of r.querySelectorAll<HTMLElement>(sel)) {
          const box = el.getBoundingClientRect();
          const cs = getComputedStyle(el);
          if (box.width === 0 || box.height === 0 || cs.visibility === 'hidden' || (el as HTMLButtonElement).disabled) continue;
          if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
          // a radio group is one Tab stop (arrow keys move inside it): only its checked radio, else its first
          if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
            const group = [...r.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)];
            if (el !== (group.find((g) => g.checked) ?? group[0])) continue;
          }
          const id = String(n++);
          el.setAttribute('data-lg-focus-check', id);
          looks[id] = `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}|${cs.boxShadow}`;
          names[id] = `${el.tagName.toLowerCase()}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 20)}"`;
        }
      return { looks, names };
    },
    [CONTROLS, rootSelector] as const,
  );
}

/** The focused element through shadow roots: its check id and its look now. */
function focusedLook(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    return { id: el.getAttribute('data-lg-focus-check'), look: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}|${cs.boxShadow}` };
  });
}

/** Tab until every marked control was reached (or 120 presses); returns the problems. */
async function tabThrough(page: Page, label: string, rootSelector: string | null): Promise<string[]> {
  const { looks, names } = await markControls(page, rootSelector);
  const ids = Object.keys(looks);
  expect(ids.length, `${label}: no control found`).toBeGreaterThan(0);
  const reached = new Set<string>();
  const problems: string[] = [];
  for (let i = 0; i < 120 && reached.size < ids.length; i++) {
    await page.keyboard.press('Tab');
    const f = await focusedLook(page);
    if (!f?.id || reached.has(f.id)) continue;
    reached.add(f.id);
    if (f.look === looks[f.id] || /^none /.test(f.look.split('|')[0]!) && f.look.split('|')[1] === 'none') problems.push(`${label}: no visible focus on ${names[f.id]} (${f.look})`);
  }
  for (const id of ids) if (!reached.has(id)) problems.push(`${label}: not reachable by Tab: ${names[id]}`);
  console.log(`[focus] ${label}: ${reached.size}/${ids.length} controls reached by Tab, ${problems.length} problems`);
  return problems;
}

const test = base.extend<{ profile: string }>({
  // eslint-disable-next-line no-empty-pattern
  profile: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'lg-focus-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

test('keyboard: every control of every page and of the overlay is reached by Tab and shows focus', async ({ profile }) => {
  test.setTimeout(150_000);
  const context = await launchTestBuild(profile, { lang: 'zh-CN' });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  const problems: string[] = [];
  try {
    const page = await context.newPage();
    // the check itself can fail: a control without a focus ring and one Tab skips are both caught
    await page.setContent('<main><button style="outline:none">a</button><button tabindex="-1">b</button><button>c</button></main>');
    expect(await tabThrough(page, 'canary (made to fail)', null)).toHaveLength(2);
    for (const p of EXTENSION_PAGES) {
      await page.goto(`chrome-extension://${extensionId}/${p.path}`);
      await p.ready(page);
      problems.push(...(await tabThrough(page, p.id, null)));
    }
    const room = await context.newPage();
    await openDemoRoom(context, room);
    const overlay = await playDemoTour(room);
    problems.push(...(await tabThrough(room, 'overlay (pop-ups + interstitial)', 'liveguard-overlay')));
    // the framed complaint form, opened at the extension's own id (the frame's dynamic id serves frames only)
    const { src } = await openComplaintFrame(room);
    const form = await context.newPage();
    await form.goto(`chrome-extension://${extensionId}/complaint-form.html${new URL(src).hash}`);
    await expect(form.locator('[data-liveguard="complaint-form"]')).toBeVisible();
    problems.push(...(await tabThrough(form, 'complaint-form', null)));
    await form.close();
    await room.bringToFront();
    await overlay.locator('.lg-interstitial [data-liveguard-action="continue"]').press('Enter');
    await overlay.locator('[data-liveguard="panel-toggle"]').press('Enter');
    await expect(overlay.locator('[data-liveguard="findings-panel"]')).toBeVisible();
    problems.push(...(await tabThrough(room, 'overlay (findings panel)', 'liveguard-overlay')));
  } finally {
    await context.close();
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
