/**
 * One typed protocol for every cross-context message (design.md). Each area declares its messages
 * as zod request/response schemas in its own `protocol.ts` and is listed in PROTOCOL below; the
 * background registers handlers with `handle()`, which zod-parses every payload and checks the
 * sender, because a content script runs next to hostile page content.
 */
import { z } from 'zod';
import { protectionProtocol } from './protection/protocol';
import { syncProtocol } from './sync/protocol';
import { complaintsProtocol } from './complaints/protocol';
import { creditProtocol } from './credit/protocol';
import { roomProtocol } from './room/protocol';

export interface MessageSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req;
  response: Res;
  /** who may send it: 'content' = content scripts on supported sites too; 'extension' = our own pages only */
  from: 'content' | 'extension';
}
export function message<Req extends z.ZodType, Res extends z.ZodType>(spec: MessageSpec<Req, Res>) {
  return spec;
}

const coreProtocol = {
  ping: message({ request: z.object({}).strict(), response: z.object({ ok: z.literal(true) }), from: 'content' }),
};

// Each area adds its protocol here (one line each), e.g. `...syncProtocol,`.
export const PROTOCOL = {
  ...coreProtocol,
  ...protectionProtocol,
  ...syncProtocol,
  ...complaintsProtocol,
  ...creditProtocol,
  ...roomProtocol,
};
export type Protocol = typeof PROTOCOL;
export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = z.input<Protocol[K]['request']>;
export type ResponseOf<K extends MessageType> = z.infer<Protocol[K]['response']>;

const Envelope = z.object({ liveguard: z.literal(1), type: z.string(), data: z.unknown() });
const Reply = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export async function send<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const raw = await browser.runtime.sendMessage({ liveguard: 1, type, data });
  const reply = Reply.parse(raw);
  if (!reply.ok) throw new Error(reply.error);
  return PROTOCOL[type].response.parse(reply.data) as ResponseOf<K>;
}

/** Our own page → a tab's content script (the same envelope and reply as `send`). */
export async function sendToTab<K extends MessageType>(tabId: number, type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const raw = await browser.tabs.sendMessage(tabId, { liveguard: 1, type, data });
  const reply = Reply.parse(raw);
  if (!reply.ok) throw new Error(reply.error);
  return PROTOCOL[type].response.parse(reply.data) as ResponseOf<K>;
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
    const spec = PROTOCOL[type];
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
