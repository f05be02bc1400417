/**
 * The popup's side of getSiteHealth (issue 17): ask the active tab's content script (the frame
 * running a room answers; a tab without one gives null). Replies are zod-parsed like every message.
 * lastFocusedWindow: the browser window the toolbar popup belongs to (as lib/complaints does).
 */
import { z } from 'zod';
import { sitesProtocol } from './protocol';
import type { SiteHealth } from './health';

const Reply = z.object({ ok: z.literal(true), data: sitesProtocol.getSiteHealth.response });

export async function askSiteHealth(): Promise<SiteHealth | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return null;
  const raw: unknown = await browser.tabs.sendMessage(tab.id, { liveguard: 1, type: 'getSiteHealth', data: {} }).catch(() => null);
  const reply = Reply.safeParse(raw);
  return reply.success ? reply.data.data : null;
}
