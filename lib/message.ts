/**
 * The shape of one cross-context message and the two functions that declare one. A leaf (zod
 * types only): every area's `protocol.ts` imports it, and lib/messaging.ts imports the protocol
 * files to build the map, so no protocol file imports the map back (no runtime import cycle).
 *
 * Every spec carries its direction (`to`, `from`), and the map (lib/messaging.ts) files it under
 * that direction: `toBackground.<name>` or `toContent.<name>`.
 */
import type { z } from 'zod';

/**
 * A message the background handles. `from: 'content'` = content scripts on supported sites may
 * send it too (next to hostile page content: the payload is zod-parsed and the sender checked);
 * `from: 'extension'` = our own extension pages only.
 */
export interface ToBackgroundSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req;
  response: Res;
  to: 'background';
  from: 'content' | 'extension';
}
/** A message the background sends to the content script of one tab (browser.tabs.sendMessage). */
export interface ToContentSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req;
  response: Res;
  to: 'content';
  from: 'background';
}
export type MessageSpec = ToBackgroundSpec | ToContentSpec;

/** Declare a message to the background. */
export function message<Req extends z.ZodType, Res extends z.ZodType>(spec: {
  request: Req;
  response: Res;
  from: 'content' | 'extension';
}): ToBackgroundSpec<Req, Res> {
  return { ...spec, to: 'background' };
}

/** Declare a message from the background to a tab's content script. */
export function messageToContent<Req extends z.ZodType, Res extends z.ZodType>(spec: { request: Req; response: Res }): ToContentSpec<Req, Res> {
  return { ...spec, to: 'content', from: 'background' };
}
