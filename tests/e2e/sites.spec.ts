// Issue 5 in real Chromium with the built extension: every site's fixture room, served at the real
// site's URL, shows the right findings through the data-liveguard-* hooks: the critical interstitial
// with "continue anyway" (R-RISK-1), warning pop-ups naming category, rule and matched text
// (R-RISK-2, R-OFF-6), the notice mark on the title (R-RISK-4), the minor reminder (R-MINOR-9);
// then keyboard use, muting (R-RISK-3), re-rendered rows and single-page navigation.
import type { BrowserContext, FrameLocator, Locator, Page } from '@playwright/test';
import { test, expect, serve, fixture } from './harness';
import { SITE_ROOMS, writeRow, type SiteRoom, type NewRow } from './site-rooms';

// one browser for the file's tests (harness.ts, shareBrowser): each serves its own room and reads only its tab
test.use({ shareBrowser: true });

async function open(context: BrowserContext, page: Page, room: SiteRoom) {
  for (const [prefix, file] of Object.entries(room.pages)) await serve(context, `${prefix}**`, fixture(`sites/${file}`));
  await page.goto(room.url);
}
/** where the chat's findings show: the page, or YouTube's live_chat iframe */
function chatScope(page: Page, room: SiteRoom): Page | FrameLocator {
  return room.chatFrame ? page.frameLocator('#chatframe') : page;
}
function chatFrame(page: Page, room: SiteRoom) {
  if (!room.chatFrame) return page.mainFrame();
  const f = page.frames().find((x) => room.chatFrame!.test(x.url()));
  if (!f) throw new Error('no chat frame');
  return f;
}
const overlayIn = (scope: Page | FrameLocator): Locator => scope.locator('[data-liveguard="overlay"]');
const count = async (overlay: Locator) => Number(await overlay.locator('[data-liveguard="panel-toggle"] .lg-count').textContent());
const roomOf = (site: string) => SITE_ROOMS.find((r) => r.site === site)!;
const addRow = (page: Page, room: SiteRoom, row: NewRow) => chatFrame(page, room).evaluate(writeRow, { room, row });

for (const room of SITE_ROOMS) {
  test(`${room.site}: the fixture room shows critical, warning, notice and minor findings`, async ({ context, page }) => {
    await open(context, page, room);
    const chat = overlayIn(chatScope(page, room));

    // critical (阻断): an interstitial naming the category and matched text; the viewer may continue
    const gate = chat.locator('.lg-interstitial');
    await expect(gate).toHaveAttribute('data-liveguard-finding', room.critical.category);
    await expect(gate).toHaveAttribute('data-severity', 'critical');
    await expect(gate).toHaveAttribute('role', 'alertdialog');
    // the quote holds the term; structural forms may quote more around it (出售电子烟, 53度白酒)
    await expect(gate.locator('.lg-matched bdi')).toContainText(room.critical.text);
    await gate.locator('[data-liveguard-action="continue"]').click();
    await expect(gate).toHaveCount(0);

    // warning (弹窗提示): category, rule, matched text, what to do
    const popup = chat.locator(`.lg-popup[data-liveguard-finding="${room.warning.category}"][data-severity="warning"]`);
    await bringUp(chat, popup, room.warning.category);
    await expect(popup).toHaveCount(1);
    await expect(popup.locator('.lg-matched bdi')).toHaveText(room.warning.text);
    await expect(popup.locator('.lg-rule')).toContainText(/R-(OFF|RISK)-\d/);
    await expect(popup.locator('.lg-advice')).not.toBeEmpty();
    await expect(popup).toHaveAttribute('role', 'alertdialog');
    if (room.warning.category === 'off_platform') await expect(popup.locator('.lg-rule-words')).not.toBeEmpty();

    // the minor reminder (R-MINOR-9), always on
    const minor = chat.locator('.lg-popup[data-liveguard-finding="minor_unsuitable"]');
    await expect(minor.locator('.lg-matched bdi')).toContainText(room.minor);
    if (room.product) {
      // the product stays veiled until the viewer acknowledges the reminder
      await expect(page.locator(room.product)).toHaveAttribute('data-liveguard-veil', 'on');
      await minor.getByRole('button').first().click();
      await expect(minor).toHaveCount(0);
      await expect(page.locator(room.product)).not.toHaveAttribute('data-liveguard-veil', 'on');
      await expect(page.locator(room.product)).toHaveAttribute('data-liveguard-mark', /minor_unsuitable|price_fraud/);
    }

    // notice (显著标识): a mark on the room title, on the page's own element
    const title = page.locator(room.title);
    await expect(title).toHaveAttribute('data-liveguard-mark', 'false_claim');
    await expect(title).toHaveAttribute('data-liveguard-mark-severity', 'notice');

    // the chat row that raised the warning is marked too
    await expect(chatScope(page, room).locator(`[data-liveguard-mark="${room.warning.category}"]`).first()).toBeAttached();

    // the findings panel lists every tier with its hooks
    await chat.locator('[data-liveguard="panel-toggle"]').click();
    const panel = chat.locator('[data-liveguard="findings-panel"]');
    await expect(panel).toHaveAttribute('role', 'dialog');
    await expect(panel.locator(`[data-liveguard-finding="${room.critical.category}"][data-severity="critical"]`)).toHaveCount(1);
    await expect(panel.locator(`[data-liveguard-finding="${room.warning.category}"][data-severity="warning"]`).first()).toBeAttached();
    await expect(panel.locator('[data-liveguard-finding="minor_unsuitable"]')).toHaveCount(1);
    if (!room.chatFrame) await expect(panel.locator('[data-liveguard-finding="false_claim"][data-severity="notice"]')).toHaveCount(1);
    // exactly one overlay per frame that holds a room
    await expect(page.locator('[data-liveguard="overlay"]')).toHaveCount(1);
    if (room.chatFrame) {
      // the watch page's own overlay lists the title's notice; the chat's findings stay in the chat frame
      const top = overlayIn(page);
      await top.locator('[data-liveguard="panel-toggle"]').click();
      await expect(top.locator('[data-liveguard="findings-panel"] [data-liveguard-finding="false_claim"][data-severity="notice"]')).toHaveCount(1);
      await expect(top.locator('[data-liveguard="findings-panel"] [data-severity="critical"]')).toHaveCount(0);
    }
  });
}

/** focus inside the overlay's open shadow root, as the page sees it */
async function focused(page: Page) {
  return page.evaluate(() => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return {
      text: a?.textContent?.trim() ?? '',
      popup: a?.closest('.lg-popup')?.getAttribute('data-liveguard-finding') ?? null,
      toggle: a?.getAttribute('data-liveguard') === 'panel-toggle',
      interstitial: !!a?.closest('.lg-interstitial'),
    };
  });
}
async function tabUntil(page: Page, ok: (f: Awaited<ReturnType<typeof focused>>) => boolean) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (ok(await focused(page))) return;
  }
  throw new Error('Tab never reached the target');
}

test('keyboard: the interstitial takes focus, Tab reaches the pop-ups and panel, Enter acts, Escape closes', async ({ context, page }) => {
  const room = roomOf('tiktok');
  await open(context, page, room);
  const overlay = overlayIn(page);
  const gate = overlay.locator('.lg-interstitial');
  await expect(gate).toBeVisible();
  // focus starts on "leave" (the safe choice); Tab moves to "continue anyway"; Enter chooses it
  await expect.poll(async () => (await focused(page)).interstitial).toBe(true);
  await tabUntil(page, (f) => f.interstitial && /继续观看|continue anyway/i.test(f.text));
  await page.keyboard.press('Enter');
  await expect(gate).toHaveCount(0);

  const popups = overlay.locator('.lg-popup');
  await expect(popups).toHaveCount(2); // off-platform and the minor reminder
  // Tab from the page into the first pop-up, Enter on its primary button acknowledges it
  await tabUntil(page, (f) => f.popup !== null);
  const first = (await focused(page)).popup!;
  await page.keyboard.press('Enter');
  await expect(overlay.locator(`.lg-popup[data-liveguard-finding="${first}"]`)).toHaveCount(0);
  await expect(popups).toHaveCount(1);
  // Escape in the other pop-up acknowledges it too
  await tabUntil(page, (f) => f.popup !== null);
  await page.keyboard.press('Escape');
  await expect(popups).toHaveCount(0);

  // the panel: Tab to its toggle, Enter opens, Escape closes and gives focus back to the toggle
  await tabUntil(page, (f) => f.toggle);
  await page.keyboard.press('Enter');
  const panel = overlay.locator('[data-liveguard="findings-panel"]');
  await expect(panel).toBeVisible();
  await expect(overlay.locator('[data-liveguard="panel-toggle"]')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab'); // into the panel
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect.poll(async () => (await focused(page)).toggle).toBe(true);
});

test('muting a category for the room hides its pop-ups, keeps its findings listed, and can be undone', async ({ context, page }) => {
  const room = roomOf('taobao');
  await open(context, page, room);
  const overlay = overlayIn(page);
  await overlay.locator('.lg-interstitial [data-liveguard-action="continue"]').click();
  const counterfeit = overlay.locator('.lg-popup[data-liveguard-finding="counterfeit"]');
  await bringUp(overlay, counterfeit, 'counterfeit');
  // at most two show (issue 18); the rest wait in the counter
  await expect(overlay.locator('.lg-popup')).toHaveCount(2);
  const waiting = overlay.locator('[data-liveguard="popups-waiting"]');
  const pending = async () => (await overlay.locator('.lg-popup').count()) + Number((await waiting.getAttribute('data-count', { timeout: 500 }).catch(() => null)) ?? 0);
  const before = await pending();
  await counterfeit.getByRole('button', { name: /本直播间不再弹出此类|Mute this kind/ }).click();
  await expect(counterfeit).toHaveCount(0);
  await expect.poll(pending).toBe(before - 1); // other categories untouched
  // a new counterfeit line in this room: marked and listed, no pop-up
  await addRow(page, room, { text: '莆田货 1:1复刻 便宜出', author: '丁', id: 'n1' });
  await expect(page.locator(room.row).last()).toHaveAttribute('data-liveguard-mark', 'counterfeit');
  await page.waitForTimeout(500);
  await expect(counterfeit).toHaveCount(0);
  await overlay.locator('[data-liveguard="panel-toggle"]').click();
  const panel = overlay.locator('[data-liveguard="findings-panel"]');
  await expect(panel.locator('[data-liveguard-finding="counterfeit"]').first()).toBeAttached();
  const chip = panel.locator('.lg-chip');
  await expect(chip).toHaveCount(1);
  // a critical is never silently muted: another prohibited line still comes up (as a pop-up now
  // that the viewer has continued past this category's interstitial)
  await addRow(page, room, { text: '出售管制刀具', author: '戊', id: 'n2' });
  await expect(overlay.locator('.lg-popup[data-severity="critical"][data-liveguard-finding="prohibited_goods"]')).toHaveCount(1);
  await chip.click(); // unmute
  await expect(panel.locator('.lg-chip')).toHaveCount(0);
});

for (const site of ['douyin', 'twitch']) {
  test(`${site}: a re-inserted (re-rendered) chat row is not counted again; a new message is`, async ({ context, page }) => {
    const room = roomOf(site);
    await open(context, page, room);
    const overlay = overlayIn(page);
    await overlay.locator('.lg-interstitial [data-liveguard-action="continue"]').click();
    // Douyin's fixture appends a row at 600 ms: wait until it is marked, not for a time, so the
    // count below is taken after it however slow the machine is (issue 13: no timing assumptions)
    if (site === 'douyin') await expect(page.locator('[data-id="7390951957260280999"]')).toHaveAttribute('data-liveguard-mark', /./);
    const before = await count(overlay);
    expect(before).toBeGreaterThan(0);
    // a virtualised list drops the row and renders the same message again as a new element
    await page.evaluate(writeRow, { room, reinsert: room.critical.text });
    await page.evaluate(writeRow, { room, reinsert: room.critical.text });
    // the re-rendered row gets its mark back (the copy was made without it) in the same pass that
    // would have counted it again: once it is marked, the count is settled
    await expect(page.locator(room.row).last()).toHaveAttribute('data-liveguard-mark', room.critical.category);
    await expect(page.locator(room.row).last()).toHaveAttribute('data-liveguard-mark-severity', 'critical');
    expect(await count(overlay)).toBe(before);
    // the same words as a NEW message (new id / another author) are a new finding: counting works
    await addRow(page, room, { text: site === 'twitch' ? 'selling vape juice again' : '还有电子烟吗', author: 'newcomer', id: '7390951957260281234' });
    await expect.poll(() => count(overlay)).toBe(before + 1);
  });
}

test('single-page navigation to another room starts a fresh room: old findings, rows and title stay behind', async ({ context, page }) => {
  const room = roomOf('twitch');
  await open(context, page, room);
  const overlay = overlayIn(page);
  await expect(overlay.locator('.lg-interstitial')).toHaveCount(1);
  await overlay.locator('.lg-interstitial [data-liveguard-action="continue"]').click();
  await expect.poll(() => count(overlay)).toBeGreaterThanOrEqual(4);
  await expect(overlay).toHaveAttribute('data-liveguard-site', 'twitch');

  // the site's router: push the new URL, then render the new room (title, chat); one old row stays
  await page.evaluate(() => {
    history.pushState({}, '', '/otherchannel');
    document.querySelector('[data-a-target="stream-title"]')!.textContent = 'Chill sneaker talk';
    document.querySelector('[data-a-target="user-channel-header-username"]')!.textContent = 'otherchannel';
    const rows = [...document.querySelectorAll('.chat-line__message')];
    rows.slice(0, -1).forEach((r) => r.remove()); // the vape-juice row is left over from the old room
  });
  await addRow(page, room, { text: 'whatsapp me for a discount', author: 'plug', id: '' });

  const fresh = overlayIn(page);
  await expect(fresh).toHaveCount(1);
  await expect.poll(() => count(fresh)).toBe(1);
  await fresh.locator('[data-liveguard="panel-toggle"]').click();
  const panel = fresh.locator('[data-liveguard="findings-panel"]');
  await expect(panel.locator('[data-liveguard-finding="off_platform"]')).toHaveText(/whatsapp me/);
  await expect(panel).not.toContainText('vape juice');
  await expect(panel).not.toContainText('lowest price ever');
  await expect(fresh.locator('.lg-interstitial')).toHaveCount(0);
  await expect(fresh.locator('.lg-popup[data-liveguard-finding="off_platform"]')).toHaveCount(1);

  // and a critical in the new room interrupts again: the old room's "continue" does not carry over
  await addRow(page, room, { text: 'selling vape juice, cheap', author: 'cloud2', id: '' });
  await expect(fresh.locator('.lg-interstitial[data-liveguard-finding="prohibited_goods"]')).toHaveCount(1);
});

test('a new pop-up never takes the keyboard from what the viewer is typing in the page', async ({ context, page }) => {
  const room = roomOf('twitch');
  await open(context, page, room);
  const overlay = overlayIn(page);
  await overlay.locator('.lg-interstitial [data-liveguard-action="continue"]').click();
  await page.evaluate(() => {
    const input = document.createElement('textarea');
    input.id = 'lg-test-chat-input';
    document.body.prepend(input);
    input.focus();
  });
  await page.keyboard.type('abc');
  await addRow(page, room, { text: 'You have won, claim your prize', author: 'zz', id: '' });
  await expect(overlay.locator('.lg-popup[data-liveguard-finding="gambling_fraud"]')).toHaveCount(1); // announced (aria-live), not focused
  await page.keyboard.type('def');
  await expect(page.locator('#lg-test-chat-input')).toHaveValue('abcdef');
});

/**
 * At most two pop-ups show at once (issue 18 item 3): acknowledge other plain warnings until this
 * one comes up from the queue (the minor reminder and criticals are kept, they outrank it).
 */
async function bringUp(scope: Locator, popup: Locator, category: string) {
  for (let i = 0; i < 50 && (await popup.count()) === 0; i++) {
    const other = scope.locator(`.lg-popup[data-severity="warning"]:not([data-liveguard-finding="${category}"]):not([data-liveguard-finding="minor_unsuitable"])`).first();
    if (await other.count()) await other.getByRole('button', { name: /知道了|Got it/ }).click();
    else await new Promise((r) => setTimeout(r, 200));
  }
}
