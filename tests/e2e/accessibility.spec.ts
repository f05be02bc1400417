/**
 * Issue 18 item 6: axe-core on every extension page and on the open overlay in the demo room, in
 * zh-CN and en (the UI language follows Chromium's, set through LANGUAGE by launchTestBuild), in
 * light and dark. Prints per page the violations by impact; fails on any serious or critical one,
 * and on any moderate one on the PIN and complaints pages (their landmark/heading findings are fixed).
 * The TEST build: its overlay root is open, so axe can read inside it (the release root is closed).
 *
 * Time (issue 13, CI time): each axe run costs ~5-10 s here under load, most of it injecting axe's
 * ~600 KB source and, in AxeBuilder's default mode, a blank tab per run for `finishRun`. So the dark
 * pass runs only the rules a colour can change (the dark scheme swaps colour tokens and nothing else:
 * checked below), and a page with no frames is scanned with `axe.run` in the page (AxeBuilder's legacy
 * mode: no blank tab; it only loses cross-origin frames, and such a page has none).
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { launchTestBuild } from './harness';
import { COLOR_SCHEMES, EXTENSION_PAGES, openComplaintFrame, openDemoRoom, playDemoTour, UI_LANGS } from './ui-pages';

type Result = Awaited<ReturnType<AxeBuilder['analyze']>>;
const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;

/** pages whose moderate findings were fixed (landmarks, headings): none may come back */
const NO_MODERATE = new Set(['protection-pin', 'complaints']);

/** One line per page: counts by impact, then each serious/critical rule (and moderate where `strict`) with where it was seen. */
function summarise(label: string, r: Result, strict = false): string[] {
  const by = Object.fromEntries(IMPACTS.map((i) => [i, 0])) as Record<(typeof IMPACTS)[number], number>;
  for (const v of r.violations) if (v.impact) by[v.impact] += v.nodes.length;
  const rules = r.violations.map((v) => `${v.id}×${v.nodes.length}`).join(' ');
  console.log(`[axe] ${label}: ${IMPACTS.map((i) => `${i} ${by[i]}`).join(', ')} (${r.passes.length} rules passed)${rules ? `: ${rules}` : ''}`);
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || (strict && v.impact === 'moderate'))
    .map((v) => `${label}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/**
 * The rules whose outcome a colour can change: contrast, and links told apart from text by colour.
 * Everything else axe checks (names, roles, landmarks, headings, focusable content) reads the DOM
 * and ARIA, which a colour scheme does not touch here.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** `colourOnly`: the dark pass, run right after the light one on the same DOM. */
async function scan(page: Page, opts: { include?: string; colourOnly?: boolean } = {}) {
  // emulateMedia flips the colour scheme at once, but buttons fade their background (0.12 s transition)
  // while their text colour switches: axe read such a half-faded button as low contrast once (clean-clone
  // run 17). Force the style update that starts the transitions, then wait until the finite ones are done.
  await page.waitForFunction(() => {
    void document.documentElement.getBoundingClientRect();
    return document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity);
  });
  const b = new AxeBuilder({ page });
  if (opts.include) b.include(opts.include);
  if (opts.colourOnly) b.withRules(COLOUR_RULES);
  // no child frame to reach: axe.run in the page gives the same findings without a blank tab
  if (page.frames().length === 1) b.setLegacyMode(true);
  return b.analyze();
}

const test = base.extend<{ profile: string }>({
  // eslint-disable-next-line no-empty-pattern
  profile: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'lg-axe-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

/** Every source file under `dir` (css, ts, tsx, html). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ['.css', '.ts', '.tsx', '.html'].includes(extname(e.name)))
    .map((e) => join(e.parentPath, e.name));
}

test('the dark scheme only swaps colour tokens, so a colour-rules-only dark pass misses nothing', () => {
  const uses = ['components', 'entrypoints', 'lib'].flatMap(sources).filter((f) => /prefers-color-scheme|matchMedia/.test(readFileSync(f, 'utf8')));
  expect(uses).toEqual([join('components', 'design', 'tokens.css')]);
  const css = readFileSync(join('components', 'design', 'tokens.css'), 'utf8');
  const blocks = [...css.matchAll(/@media \(prefers-color-scheme: dark\) \{([\s\S]*?)\n\}/g)].map((m) => m[1]);
  expect(blocks.length).toBe(1);
  const declarations = blocks[0].replace(/\/\*[\s\S]*?\*\//g, '').replace(/[^{]*\{([^}]*)\}/g, '$1').split(';').map((d) => d.trim()).filter(Boolean);
  expect(declarations.length).toBeGreaterThan(10);
  // each is a custom property made of colours (a shadow adds its offsets): no display, visibility,
  // content or size changes with the scheme
  for (const d of declarations) expect(d, d).toMatch(/^--[\w-]+:(\s*(#[0-9a-f]{3,8}|rgba?\([\d.,\s]+\)|\d+(\.\d+)?(px)?),?)+$/i);
});

for (const lang of UI_LANGS) {
  test(`axe: every extension page and the open overlay, ${lang}, light and dark: no serious or critical violation`, async ({ profile }) => {
    // 5 pages + the room twice + the form, each scanned in light and dark: 3.3-4.4 min at load 18-30
    // (2 cores) before the dark pass ran colour rules only and frame-less pages skipped the blank tab
    test.setTimeout(300_000);
    const context = await launchTestBuild(profile, { lang });
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(sw.url()).host;
    const problems: string[] = [];
    try {
      const page = await context.newPage();
      // the check itself can fail: an unlabelled image and field are critical (every rule, as the light
      // pass runs), grey on grey is serious low contrast (the colour rules alone, as the dark pass runs)
      await page.setContent('<html lang="en"><body><main><img src="x.png"><input><p style="color:#777;background:#888">grey on grey</p></main></body></html>');
      expect(summarise('canary (made to fail)', await scan(page)).join('\n')).toMatch(/critical image-alt/);
      expect(summarise('canary, colour rules (made to fail)', await scan(page, { colourOnly: true })).join('\n')).toMatch(/serious color-contrast/);
      for (const p of EXTENSION_PAGES) {
        await page.goto(`chrome-extension://${extensionId}/${p.path}`);
        await p.ready(page);
        // the page says which language it is in (axe: html-has-lang / valid-lang)
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        for (const colorScheme of COLOR_SCHEMES) {
          await page.emulateMedia({ colorScheme });
          problems.push(...summarise(`${p.id} ${lang} ${colorScheme}`, await scan(page, { colourOnly: colorScheme === 'dark' }), NO_MODERATE.has(p.id)));
        }
      }
      // the overlay in the demo room: warning pop-up, interstitial, then the findings panel open
      const room = await context.newPage();
      await openDemoRoom(context, room);
      const overlay = await playDemoTour(room);
      for (const colorScheme of COLOR_SCHEMES) {
        await room.emulateMedia({ colorScheme });
        problems.push(...summarise(`overlay (pop-ups + interstitial) ${lang} ${colorScheme}`, await scan(room, { include: 'liveguard-overlay', colourOnly: colorScheme === 'dark' })));
      }
      await overlay.locator('.lg-interstitial [data-liveguard-action="continue"]').click();
      await overlay.locator('[data-liveguard="panel-toggle"]').click();
      await expect(overlay.locator('[data-liveguard="findings-panel"]')).toBeVisible();
      for (const colorScheme of COLOR_SCHEMES) {
        await room.emulateMedia({ colorScheme });
        problems.push(...summarise(`overlay (findings panel) ${lang} ${colorScheme}`, await scan(room, { include: 'liveguard-overlay', colourOnly: colorScheme === 'dark' })));
      }
      // the complaint form framed into the room, scanned as its own page
      const { src } = await openComplaintFrame(room, overlay.locator('[data-liveguard="findings-panel"] [data-liveguard-action="file-complaint"]').first());
      // opened at the extension's own id: the framed URL's per-session dynamic id serves frames only
      const form = await context.newPage();
      await form.goto(`chrome-extension://${extensionId}/complaint-form.html${new URL(src).hash}`);
      await expect(form.locator('[data-liveguard="complaint-form"]')).toBeVisible();
      expect(await form.locator('html').getAttribute('lang')).toBe(lang);
      for (const colorScheme of COLOR_SCHEMES) {
        await form.emulateMedia({ colorScheme });
        problems.push(...summarise(`complaint-form ${lang} ${colorScheme}`, await scan(form, { colourOnly: colorScheme === 'dark' })));
      }
      await form.close();
    } finally {
      await context.close();
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
