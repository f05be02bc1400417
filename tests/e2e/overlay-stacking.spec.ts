import { test, expect, serve } from './harness';
import { DEMO_ROOM_URL, demoRoomHtml } from '../../demo/room';

// The overlay is above the page, whatever the page stacks: real rooms have fixed, z-indexed players,
// headers and gift layers, and our own marks on chat rows carry a z-index too. A pop-up or the
// interstitial painted under them could not be read or answered (R-RISK-2).
test('the interstitial and pop-ups are above the page\'s own z-indexed layers', async ({ context, page }) => {
  await serve(context, `${DEMO_ROOM_URL}**`, demoRoomHtml());
  await page.goto(`${DEMO_ROOM_URL}?interval=100`);
  await page.evaluate(() => {
    const layer = document.createElement('div');
    layer.id = 'page-layer';
    layer.style.cssText = 'position:fixed;inset:0;z-index:99999;background:rgba(0,0,0,.01)';
    document.body.appendChild(layer);
  });
  const interstitial = page.locator('[data-liveguard="overlay"] .lg-interstitial[data-severity="critical"]');
  await expect(interstitial).toBeVisible({ timeout: 20_000 });
  const box = (await interstitial.locator('[data-liveguard-action="continue"]').boundingBox())!;
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName.toLowerCase() ?? null, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  expect(hit).toBe('liveguard-overlay');
  // and the button takes a real click through the page's layer
  await interstitial.locator('[data-liveguard-action="continue"]').click();
  await expect(interstitial).toHaveCount(0);
});
