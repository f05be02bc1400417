import { test, expect, serve } from './harness';
import { DEMO_ROOM_URL, demoRoomHtml } from '../../demo/room';
import { clip, intersects, unionArea, type Box } from './coverage-geometry';
import { centralRegion } from '../../lib/overlay/placement';

// Issue 18 item 3: the overlay leaves the stream watchable. Over 60 s of the demo room's script at
// 1280x800, once a second of that script, the boxes of the overlay's pop-ups, panel, dock and credit badge/card (read through
// the test build's open shadow root) are clipped to the viewport; their union's share of the viewport
// must average <= 15%, and no pop-up may cross the central region of the video (the descriptor's
// video box, the demo's player). The critical interstitial covers the room by rule (阻断, R-RISK-1):
// the test answers it as a viewer would ("continue anyway") and counts its seconds apart.
// Time runs 4x faster than the room as first measured (a 400 ms demo tick, one sample a second):
// the demo room's ?interval= tick is 100 ms and a sample is taken every 250 ms, so the 60 samples
// see the same stretch of the script (the tour's warning, interstitial and data sign, then the busy
// loop) and the same pop-ups in 15 s instead of 60 (issue 13, CI time). The overlay's own clocks
// are not sped up; the only one that could matter, the 30 s per-category pop-up cooldown, never
// fires here: the pop-ups' categories come up once each, all inside the first loop.
const VIEWPORT = { width: 1280, height: 800 };
const SECONDS = 60;
const SPEED_UP = 4;
const TICK_MS = 400 / SPEED_UP;
const SAMPLE_MS = 1000 / SPEED_UP;
const MAX_AVERAGE = 0.15;
const OVERLAY_PARTS = '.lg-popup, .lg-panel, .lg-dock, .lg-credit-badge, .lg-credit-card';

test('over 60 s in the demo room the overlay covers <= 15% of a 1280x800 viewport and never the centre of the video', async ({ context, page }) => {
  test.setTimeout(SECONDS * SAMPLE_MS + 60_000);
  await page.setViewportSize(VIEWPORT);
  await serve(context, `${DEMO_ROOM_URL}**`, demoRoomHtml());
  // the tour's warning, interstitial and data sign, then the busy loop (minor reminder, counterfeit,
  // price pressure ...) within the 60 samples
  await page.goto(`${DEMO_ROOM_URL}?interval=${TICK_MS}`);
  await expect(page.locator('[data-liveguard="overlay"]')).toHaveCount(1);
  const video = (await page.locator('div[data-e2e="living-container"]').boundingBox())!;
  const centre = centralRegion(video);

  const shares: number[] = [];
  let interstitialSeconds = 0;
  let maxPopups = 0;
  let popupsSeen = 0;
  let waitingSeen = 0;
  const distinctPopups = new Set<string>();
  const corners = new Set<string>();
  for (let s = 0; s < SECONDS; s++) {
    const started = Date.now();
    const snap = await page.evaluate((sel) => {
      const root = document.querySelector('liveguard-overlay')?.shadowRoot;
      if (!root) return null;
      const boxes = (q: string) =>
        [...root.querySelectorAll(q)]
          .map((e) => e.getBoundingClientRect())
          .filter((r) => r.width > 0 && r.height > 0)
          .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
      return {
        parts: boxes(sel),
        popups: boxes('.lg-popup'),
        popupIds: [...root.querySelectorAll('.lg-popup .lg-popup-title')].map((e) => e.id),
        interstitial: !!root.querySelector('.lg-interstitial'),
        waiting: Number(root.querySelector('[data-liveguard="popups-waiting"]')?.getAttribute('data-count') ?? 0),
        corner: root.querySelector('[data-liveguard="popups"]')?.getAttribute('data-corner') ?? null,
      };
    }, OVERLAY_PARTS);
    expect(snap, 'the overlay host and its (test-build, open) shadow root').not.toBeNull();
    const clipped = snap!.parts.map((b) => clip(b, VIEWPORT.width, VIEWPORT.height)).filter((b): b is Box => !!b);
    shares.push(unionArea(clipped) / (VIEWPORT.width * VIEWPORT.height));
    for (const p of snap!.popups) {
      expect(p.width, 'a pop-up is at most 360 px wide').toBeLessThanOrEqual(360.5);
      expect(intersects(p, centre), `a pop-up at ${JSON.stringify(p)} crosses the video's centre ${JSON.stringify(centre)}`).toBe(false);
    }
    // the demo room's criticals come as the interstitial, so every pop-up here is a warning: two at most
    expect(snap!.popups.length, 'at most two pop-ups visible').toBeLessThanOrEqual(2);
    maxPopups = Math.max(maxPopups, snap!.popups.length);
    popupsSeen += snap!.popups.length ? 1 : 0;
    for (const id of snap!.popupIds) distinctPopups.add(id);
    waitingSeen = Math.max(waitingSeen, snap!.waiting);
    if (snap!.corner) corners.add(snap!.corner);
    if (snap!.interstitial) {
      interstitialSeconds++;
      await page.locator('[data-liveguard="overlay"] .lg-interstitial [data-liveguard-action="continue"]').click();
    }
    await page.waitForTimeout(Math.max(0, SAMPLE_MS - (Date.now() - started)));
  }
  const average = shares.reduce((a, b) => a + b, 0) / shares.length;
  const peak = Math.max(...shares);
  console.log(
    `[overlay-coverage] ${SECONDS} samples (${SAMPLE_MS} ms apart, demo tick ${TICK_MS} ms) at ${VIEWPORT.width}x${VIEWPORT.height}: average ${(average * 100).toFixed(1)}% of the viewport, peak ${(peak * 100).toFixed(1)}%; ` +
      `pop-ups on screen in ${popupsSeen} samples (at most ${maxPopups} at once, up to ${waitingSeen} waiting in the counter, corners: ${[...corners].join(', ') || 'none'}); ` +
      `interstitial answered in ${interstitialSeconds} samples; ${distinctPopups.size} distinct pop-ups`,
  );
  // the run must have shown what it measures: pop-ups, some waiting behind two, and the interstitial
  expect(popupsSeen).toBeGreaterThan(10);
  expect(maxPopups).toBe(2);
  expect(waitingSeen).toBeGreaterThan(0);
  expect(interstitialSeconds).toBeGreaterThan(0);
  expect(average).toBeLessThanOrEqual(MAX_AVERAGE);
});
