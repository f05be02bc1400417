/**
 * The popup's side of the room (issue 18 item 2): the active tab of the popup's window
 * (lastFocusedWindow, as lib/complaints does), its room read with the one `room:state` message
 * (zod-parsed like every reply; a tab with no room rejects → null), and the pause switch, which the
 * background keeps and passes on to the tab (lib/room-pause).
 */
import { send, sendToTab } from '@/lib/messaging';
import type { RoomState } from '@/lib/room/protocol';

export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? null;
}

export async function readRoom(tabId: number | null): Promise<RoomState | null> {
  if (tabId === null) return null;
  return sendToTab(tabId, 'room:state', {}).catch(() => null);
}

export async function setRoomPause(tabId: number | null, room: RoomState, pause: boolean): Promise<number | null> {
  const r = await send('roomPause:set', { site: room.site, roomId: room.roomId, pause, ...(tabId === null ? {} : { tabId }) });
  return r.pausedUntil;
}
