/**
 * The price history's one record shape (issue 19), as zod: it crosses content script → background
 * (zod-parsed there) → IndexedDB → complaint evidence → export file. It is what THIS browser saw on
 * the page, never the shop's books, and it is never sent anywhere unless a complaint is shared.
 */
import { z } from 'zod';
import { SiteIdSchema } from '../model';

const Money = z.number().positive().max(1e8);

export const PriceSourceSchema = z.enum(['card', 'chat', 'title']);

export const PricePointSchema = z.object({
  /** productKey(): site + product id, or site + title hash */
  key: z.string().max(160),
  /** the title hash key even when the card has an id (a complaint knows only the title) */
  titleKey: z.string().max(160),
  site: SiteIdSchema,
  at: z.number(),
  roomId: z.string().max(200),
  source: PriceSourceSchema,
  price: Money.nullable(),
  /** a claimed original / counter / tag price (原价, 划线价, 专柜价, 吊牌价, "was") */
  original: Money.nullable(),
  /** "back to ¥459 in one minute": the price said, when it is due (null = "after the stream"), the card's price then */
  backUp: z.object({ price: Money.nullable(), due: z.number().nullable(), cardPrice: Money.nullable() }).optional(),
  /** a normalised countdown / "last N units" claim (said.ts scarcityClaim) */
  scarcity: z.string().max(60).optional(),
  /** the words that carried the claim (page text: render only as text) */
  quote: z.string().max(200).optional(),
});
export type PricePoint = z.infer<typeof PricePointSchema>;

/** A point as kept in complaint evidence: without the keys (the complaint names the product). */
export const PriceEvidencePointSchema = PricePointSchema.omit({ key: true, titleKey: true, site: true });
export type PriceEvidencePoint = z.infer<typeof PriceEvidencePointSchema>;
export const PriceHistoryEvidenceSchema = z.array(PriceEvidencePointSchema).max(500);

export const CardSeenSchema = z.object({
  title: z.string().max(500),
  productId: z.string().max(100).nullable(),
  price: Money.nullable(),
  original: Money.nullable(),
  text: z.string().max(1000),
});
export type CardSeen = z.infer<typeof CardSeenSchema>;

/** content script → background: a card read, or a chat/title line that mentions a price, with the card showing then */
export const PriceSeenSchema = z
  .object({
    site: SiteIdSchema,
    roomId: z.string().max(200),
    card: CardSeenSchema.nullable(),
    said: z.object({ source: z.enum(['chat', 'title']), text: z.string().max(500), author: z.string().max(200).optional() }).nullable(),
  })
  .strict();
export type PriceSeen = z.infer<typeof PriceSeenSchema>;

/** one point of the card's chart */
export const ChartPointSchema = z.object({ at: z.number(), price: Money, original: Money.nullable() });
export type ChartPoint = z.infer<typeof ChartPointSchema>;
