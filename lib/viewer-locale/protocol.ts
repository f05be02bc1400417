/**
 * The viewer's language choice for the overlay (issue 18 item 4 follow-up). The content script may
 * not read extension storage (docs/architecture.md: a content script runs beside the hostile page),
 * so it asks the background once per room start. Nothing about the page goes out: the request is
 * empty. The reply carries the chosen locale's message table only when it differs from the one the
 * browser would pick (most viewers never pay for the ~40 KB table).
 */
import { z } from 'zod';
import { message } from '../message';
import { ViewerPrefsSchema } from '../storage';

/** one built _locales/<locale>/messages.json: key → { message } (placeholders are not needed: $1…$9) */
export const MessageTableSchema = z.record(z.string().max(100), z.object({ message: z.string().max(4000) }).passthrough());
export type MessageTable = z.infer<typeof MessageTableSchema>;

export const ViewerLocaleReplySchema = z.object({
  locale: ViewerPrefsSchema.shape.locale,
  /** null: the browser's own table already is the chosen language (or no choice made) */
  messages: MessageTableSchema.nullable(),
});
export type ViewerLocaleReply = z.infer<typeof ViewerLocaleReplySchema>;

export const viewerLocaleProtocol = {
  /** content script → background: the viewer's language choice and, when it is not the browser's, its strings */
  'viewerLocale:get': message({ request: z.object({}).strict(), response: ViewerLocaleReplySchema, from: 'content' }),
};
