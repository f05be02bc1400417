/**
 * One typed protocol map for every cross-context message (design.md), filed by direction:
 * `PROTOCOL.toBackground` (content scripts and our extension pages → background) and
 * `PROTOCOL.toContent` (background → one tab's content script). Each area declares its messages as
 * zod request/response schemas in its own `protocol.ts` with `message()` / `messageToContent()`
 * from the leaf lib/message.ts and is listed below. Receivers zod-parse every payload and check the
 * sender, because a content script runs next to hostile page content.
 */
import { z } from 'zod';
import { message, type ToBackgroundSpec, type ToContentSpec } from './message';
import { protectionProtocol } from './protection/protocol';
import { syncProtocol } from './sync/protocol';
import { complaintsProtocol, complaintsToContent } from './complaints/protocol';
import { creditProtocol } from './credit/protocol';
import { priceProtocol } from './price-history/protocol';
import { sitesToContent } from './sites/protocol';
import { roomToContent } from './room/protocol';
import { roomPauseProtocol } from './room-pause/protocol';
import { viewerLocaleProtocol } from './viewer-locale/protocol';

const coreProtocol = {
  ping: message({ request: z.object({}).strict(), response: z.object({ ok: z.literal(true) }), from: 'content' }),
};

// Each area adds its protocol here (one line each), e.g. `...syncProtocol,`.
export const PROTOCOL = {
  toBackground: {
    ...coreProtocol,
    ...protectionProtocol,
    ...syncProtocol,
    ...complaintsProtocol,
    ...creditProtocol,
    ...priceProtocol,
    ...roomPauseProtocol,
    ...viewerLocaleProtocol,
  } satisfies Record<string, ToBackgroundSpec>,
  toContent: {
    ...complaintsToContent,
    ...sitesToContent,
    ...roomToContent,
  } satisfies Record<string, ToContentSpec>,
};
export type Protocol = typeof PROTOCOL.toBackground;
export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = z.input<Protocol[K]['request']>;
export type ResponseOf<K extends MessageType> = z.infer<Protocol[K]['response']>;

export type ContentProtocol = typeof PROTOCOL.toContent;
export type ContentMessageType = keyof ContentProtocol;
export type ContentRequestOf<K extends ContentMessageType> = z.input<ContentProtocol[K]['request']>;
export type ContentResponseOf<K extends ContentMessageType> = z.infer<ContentProtocol[K]['response']>;

const Envelope = z.object({ liveguard: z.literal(1), type: z.string(), data: z.unknown() });
const Reply = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export async function send<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const raw = await browser.runtime.sendMessage({ liveguard: 1, type, data });
  const reply = Reply.parse(raw);
  if (!reply.ok) throw new Error(reply.error);
  return PROTOCOL.toBackground[type].response.parse(reply.data) as ResponseOf<K>;
}


type Sender = { id?: string; url?: string; tab?: { id?: number; url?: string; windowId?: number } };
export type Handlers = { [K in MessageType]?: (data: z.infer<Protocol[K]['request']>, sender: Sender) => Promise<ResponseOf<K>> };

/** Only our own pages (extension origin) may send 'extension' messages; page-adjacent senders are checked. */
export function isExtensionPage(sender: Sender): boolean {
  const base = browser.runtime.getURL('/');
  const url = sender.url ?? '';
  // A framed extension page (PIN entry, complaint form) loads through a per-session dynamic URL
  // (use_dynamic_url), whose host is not runtime.id; sender.id already proved it is ours.
  return !sender.tab || url.startsWith(base) || (sender.id === browser.runtime.id && /^(chrome|moz)-extension:\/\//.test(url));
}

export function handle(handlers: Handlers): () => void {
  const listener = (raw: unknown, sender: Sender): Promise<unknown> | undefined => {
    const env = Envelope.safeParse(raw);
    if (!env.success) return undefined; // not ours
    const type = env.data.type as MessageType;
    const spec = PROTOCOL.toBackground[type];
    const fn = handlers[type] as ((d: unknown, s: Sender) => Promise<unknown>) | undefined;
    if (!spec || !fn) return undefined;
    // An async function so the reply is a real Promise (testing.md: Chromium's native `browser` trap).
    return (async () => {
      if (sender.id && sender.id !== browser.runtime.id) return { ok: false, error: 'foreign sender' };
      if (spec.from === 'extension' && !isExtensionPage(sender)) return { ok: false, error: 'not allowed from a content script' };
      const req = spec.request.safeParse(env.data.data);
      if (!req.success) return { ok: false, error: `invalid ${type}: ${req.error.issues[0]?.message ?? 'bad payload'}` };
      try {
        return { ok: true, data: await fn(req.data, sender) };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    })();
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

/** Background → the content script of one tab. Rejects when the tab has no LiveGuard content script. */
export async function sendToTab<K extends ContentMessageType>(tabId: number, type: K, data: ContentRequestOf<K>): Promise<ContentResponseOf<K>> {
  const raw = await browser.tabs.sendMessage(tabId, { liveguard: 1, to: 'content', type, data });
  const reply = Reply.parse(raw);
  if (!reply.ok) throw new Error(reply.error);
  return PROTOCOL.toContent[type].response.parse(reply.data) as ContentResponseOf<K>;
}

export type ContentHandlers = {
  [K in ContentMessageType]?: (data: z.infer<ContentProtocol[K]['request']>) => Promise<ContentResponseOf<K>>;
};

// The content script's send/handleInContent live in lib/messaging-content.ts (no zod there, issue 13).
