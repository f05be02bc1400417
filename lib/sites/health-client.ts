/**
 * The popup's side of the site messages (issue 17): ask the active tab's content script (the frame
 * running a room answers; a tab without one gives null). Replies are zod-parsed like every message.
 * lastFocusedWindow: the browser window the toolbar popup belongs to (as lib/complaints does).
 * The popup reads the room's health with the rest of the room (`room:state`, issue 18 item 2);
 * `getSiteHealth` stays for callers that want the health alone.
 */
import { sendToTab, type ContentRequestOf, type ContentResponseOf } from '../messaging';

async function askTab<K extends 'getSiteHealth' | 'getSkeleton'>(type: K): Promise<ContentResponseOf<K> | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return null;
  // a tab without a room (no content script) rejects: nothing to show
  return sendToTab(tab.id, type, {} as ContentRequestOf<K>).catch(() => null);
}


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
