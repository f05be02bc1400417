/**
 * The popup's side of getSiteHealth (issue 17): ask the active tab's content script (the frame
 * running a room answers; a tab without one gives null). Replies are zod-parsed like every message.
 * lastFocusedWindow: the browser window the toolbar popup belongs to (as lib/complaints does).
 */
import { sendToTab, type ContentRequestOf, type ContentResponseOf } from '../messaging';
import type { SiteHealth } from './health';

async function askTab<K extends 'getSiteHealth' | 'getSkeleton'>(type: K): Promise<ContentResponseOf<K> | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return null;
  // a tab without a room (no content script) rejects: nothing to show
  return sendToTab(tab.id, type, {} as ContentRequestOf<K>).catch(() => null);
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
