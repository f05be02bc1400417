/** The demo room page (demo/room.html with demo/room-chat.js inlined), for npm start and the tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEMO_ROOM_URL = 'https://live.douyin.com/880088000';
/** the product card's title in room.html (tests swap it for another product) */
export const DEMO_PRODUCT_TITLE = '【讲解中】美白淡斑精华液 30ml 温和不刺激';
export const DEMO_HOST = { site: 'douyin', name: '严选好物小美', accountId: 'MS4wLjABAAAA_liveguard_demo_host' } as const;

export function demoRoomHtml(): string {
  const html = readFileSync(fileURLToPath(new URL('./room.html', import.meta.url)), 'utf8');
  const js = readFileSync(fileURLToPath(new URL('./room-chat.js', import.meta.url)), 'utf8');
  return html.replace('/*ROOM_SCRIPT*/', () => js);
}
