/**
 * Credit messages (lib/messaging.ts PROTOCOL). The content script asks its OWN background about the
 * host by platform and account id; the background hashes the id and asks the server by hash prefix
 * only (R-CREDIT-15), so the raw id never leaves the browser.
 */
import { z } from 'zod';
import { message } from '../message';
import { BlacklistInfoSchema, CreditInfoSchema } from '../api';
import { SiteIdSchema } from '../model';
import { MyComplaintSchema } from './my-complaints';

export const CreditAnswerSchema = z.object({
  /** found: the server (or the bundle's blacklist) knows the account; none: no record; unavailable: no answer and nothing cached */
  status: z.enum(['found', 'none', 'unavailable']),
  credit: CreditInfoSchema.nullable(),
  blacklist: BlacklistInfoSchema.extend({ from: z.enum(['server', 'bundle']) }).nullable(),
  /** when the server's answer was given (null: never asked successfully) */
  fetchedAt: z.number().nullable(),
  /** the server could not be reached and an older cached answer is shown */
  stale: z.boolean(),
  myComplaints: z.object({ total: z.number().int().nonnegative(), recent: z.array(MyComplaintSchema) }),
});
export type CreditAnswer = z.infer<typeof CreditAnswerSchema>;

export const creditProtocol = {
  creditForHost: message({
    request: z.object({ site: SiteIdSchema, accountId: z.string().min(1).max(200) }).strict(),
    response: CreditAnswerSchema,
    from: 'content',
  }),
};
