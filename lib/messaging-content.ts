/**
 * The content script's side of the protocol map (lib/messaging.ts), without zod (issue 13: zod and
 * every schema of the map were ~100 KB of the script every page of the supported hosts loads).
 * Types come from the map, so it stays the one source of truth:
 * - `send`: the background zod-parses every request it receives from a content script (the security
 *   boundary, lib/messaging.ts `handle`); its reply comes from our own background through the
 *   browser, so it is taken as typed after a shape check instead of re-parsed against the map.
 * - `handleInContent`: only our own background and extension pages can message a content script
 *   (the sender is checked; pages cannot reach runtime.onMessage), and they send what the map types.
 */
import type { ContentHandlers, ContentMessageType, MessageType, RequestOf, ResponseOf } from './messaging';

type Sender = { id?: string; url?: string; tab?: { id?: number } };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export async function send<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply: unknown = await browser.runtime.sendMessage({ liveguard: 1, type, data });
  if (!isRecord(reply) || typeof reply.ok !== 'boolean') throw new Error(`no reply to ${type}`);
  if (!reply.ok) throw new Error(typeof reply.error === 'string' ? reply.error : `${type} failed`);
  return reply.data as ResponseOf<K>;
}

/**
 * In a content script: answer the background's messages until `signal` aborts. The reply goes
 * through `sendResponse` (return `true` to keep the channel open), the one way both browsers' own
 * APIs take an asynchronous answer: the content script runs without webextension-polyfill, whose
 * promise-returning listeners Chrome does not take natively (issue 13, wxt.config.ts).
 */
export function handleInContent(handlers: ContentHandlers, signal: AbortSignal): void {
  const listener = (raw: unknown, sender: Sender, sendResponse: (reply: unknown) => void): true | undefined => {
    if (!isRecord(raw) || raw.liveguard !== 1 || raw.to !== 'content' || typeof raw.type !== 'string') return undefined;
    const type = raw.type as ContentMessageType;
    const fn = Object.hasOwn(handlers, type) ? (handlers[type] as ((d: unknown) => Promise<unknown>) | undefined) : undefined;
    if (!fn) return undefined;
    void (async () => {
      // only our own background or extension pages may send these (a page of ours open in a tab,
      // e.g. Firefox's popup opened as a tab, has a tab but our extension URL)
      const ours = !sender.id || sender.id === browser.runtime.id;
      if (!ours || (sender.tab && !(sender.url ?? '').startsWith(browser.runtime.getURL('/')))) return { ok: false, error: 'foreign sender' };
      if (!isRecord(raw.data)) return { ok: false, error: `invalid ${type}: bad payload` };
      try {
        return { ok: true, data: await fn(raw.data) };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    })().then(sendResponse);
    return true;
  };
  if (signal.aborted) return;
  browser.runtime.onMessage.addListener(listener as never);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener as never), { once: true });
}
