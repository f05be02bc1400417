import { test, expect, serve } from './harness';
import { DEMO_ROOM_URL, demoRoomHtml } from '../../demo/room';

test('the demo room streams chat in Douyin structure and the overlay mounts on it', async ({ context, page }) => {
  await serve(context, `${DEMO_ROOM_URL}**`, demoRoomHtml());
  await page.goto(`${DEMO_ROOM_URL}?interval=100`);
  await expect(page.locator('[data-liveguard="overlay"]')).toHaveCount(1);
  await expect(page.locator('#chatroom .webcast-chatroom___item[data-id]').nth(5)).toBeAttached();
  await expect(page.locator('[data-e2e="live-room-nickname"]')).toHaveText('严选好物小美');
});
