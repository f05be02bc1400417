/**
 * Sends one LiveGuard message through the REAL background handlers registered on WXT's fakeBrowser
 * and returns the handler's `data` (throws its `error`). fakeBrowser stands in for the extension
 * APIs, which cannot run in Node; messages go through `onMessage.trigger` because
 * `fakeBrowser.runtime.sendMessage` ignores promise listeners (testing.md).
 * One copy for every unit/DOM test that talks to the background (it was repeated in six files).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageType, RequestOf, ResponseOf } from '@/lib/messaging';

type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** A typed message from `sender` (content script, popup, options page…); the first non-empty reply counts. */
export async function callBackground<K extends MessageType>(type: K, data: RequestOf<K>, sender: object): Promise<ResponseOf<K>> {
  return callBackgroundRaw(type, data, sender) as Promise<ResponseOf<K>>;
}

/** The same without the message map's types: for senders typed by the content script's own `Send`. */
export async function callBackgroundRaw(type: string, data: unknown, sender: object): Promise<unknown> {
  const trigger = fakeBrowser.runtime.onMessage.trigger as (msg: unknown, sender: object) => Promise<unknown[]>;
  const replies = await trigger({ liveguard: 1, type, data }, sender);
  const reply = replies.find(Boolean) as Reply<unknown> | undefined;
  // no listener answered: the test registered nothing for this type (a failure, never a silent undefined)
  if (!reply) throw new Error(`no background handler answered ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

/** Senders as the background sees them: the extension's own page, or a content script in a Douyin room tab. */
export const extensionPage = (path: Parameters<typeof fakeBrowser.runtime.getURL>[0] = '/options.html') => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(path) });
export const contentScript = (url = 'https://live.douyin.com/880088000', tabId = 7) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId, url }, url });
