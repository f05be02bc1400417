// Issue 13 in real Chromium: the rule forms (lib/detect/efficacy-forms.ts, price-forms.ts,
// goods-forms.ts) are not in the content script; the background hands them over with the rules
// (getActiveRules → lib/detect/forms.ts). A chat line that only a form flags must still be marked in
// a room, at least one line per forms file (tests/fixtures/rule-form-lines.ts, shared with the
// Firefox test). Each line's findings are first checked here in Node (the same scanner with the
// built-in forms): exactly the form's, so nothing else in the script (vocabulary, scorer, other
// detectors) could mark the row in its place.
import { test, expect, serve, fixture } from './harness';
import { SITE_ROOMS, writeRow } from './site-rooms';
import { createScanner } from '../../lib/detect';
import { DEFAULT_BUNDLE } from '../../lib/bundle/default-bundle';
import { RULE_FORM_LINES as LINES } from '../fixtures/rule-form-lines';

test('lines only a rule form flags are marked in a Douyin room: the forms came with the rules', async ({ context, page }) => {
  const scanner = createScanner(DEFAULT_BUNDLE);
  for (const l of LINES) expect(scanner.scan({ kind: 'chat', text: l.text }).map((f) => [f.detector, f.category]), l.text).toEqual([[l.detector, l.category]]);

  const room = SITE_ROOMS.find((r) => r.site === 'douyin')!;
  for (const [prefix, file] of Object.entries(room.pages)) await serve(context, `${prefix}**`, fixture(`sites/${file}`));
  await page.goto(room.url);
  const overlay = page.locator('[data-liveguard="overlay"]');
  await overlay.locator('.lg-interstitial [data-liveguard-action="continue"]').click();
  for (const [i, l] of LINES.entries()) {
    await page.evaluate(writeRow, { room, row: { text: l.text, author: `viewer${i}`, id: `73909519572602${80100 + i}` } });
    await expect(page.locator(room.row).filter({ hasText: l.text }), l.text).toHaveAttribute('data-liveguard-mark', l.category);
  }
});
