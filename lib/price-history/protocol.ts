/** Price-history messages (issue 19): the content script reports what a card or a line showed. */
import { z } from 'zod';
import { message } from '../message';
import { FindingSchema } from '../model';
import { ChartPointSchema, PriceSeenSchema } from '../price/schema';

export const PriceSeenReplySchema = z.object({
  findings: z.array(FindingSchema).max(20),
  /** the card's chart (what this browser saw, oldest first) */
  chart: z.array(ChartPointSchema).max(60),
  /** a "back up after…" claim is pending for this product: send the card again on the next read */
  watch: z.boolean(),
});
export type PriceSeenReply = z.infer<typeof PriceSeenReplySchema>;

export const priceProtocol = {
  /** content script → background: stored locally, checked against the product's history, never sent anywhere */
  priceSeen: message({ request: PriceSeenSchema, response: PriceSeenReplySchema, from: 'content' }),
};
