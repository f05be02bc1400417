/**
 * The popup's side of getSiteHealth (issue 17): ask the active tab's content script (the frame
 * running a room answers; a tab without one gives null). Replies are zod-parsed like every message.
 * lastFocusedWindow: the browser window the toolbar popup belongs to (as lib/complaints does).
 */
import { z } from 'zod';
import { sitesProtocol } from './protocol';
import type { SiteHealth } from './health';

async function askTab<K extends keyof typeof sitesProtocol>(type: K): Promise<z.infer<(typeof sitesProtocol)[K]['response']> | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return null;
  const raw: unknown = await browser.tabs.sendMessage(tab.id, { liveguard: 1, type, data: {} }).catch(() => null);
  const reply = z.object({ ok: z.literal(true), data: sitesProtocol[type].response }).safeParse(raw);
  return reply.success ? (reply.data.data as z.infer<(typeof sitesProtocol)[K]['response']>) : null;
}

export const askSiteHealth = (): Promise<SiteHealth | null> => askTab('getSiteHealth');

/** "This page broke": save the room's skeleton to a file the viewer can attach to a bug report. */
export async function saveSkeleton(): Promise<boolean> {
  const sk = await askTab('getSkeleton');
  if (!sk) return false;
  const url = URL.createObjectURL(new Blob([JSON.stringify(sk, null, 1)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `liveguard-skeleton-${sk.site}-${sk.capturedOn}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}
