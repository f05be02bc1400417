/**
 * Credit lookups by hash prefix (R-CREDIT-13, R-CREDIT-15): the client sends 4-8 hex chars of
 * SHA-256("platform:accountId") and receives every known account under that prefix, then matches
 * its full hash locally, so the server never learns which account (room) the viewer looks at.
 */
import { z } from 'zod';
import { IsoDaySchema, SiteIdSchema } from '../model';
import { MAX_PREFIX_HEX, MIN_PREFIX_HEX } from '../account-hash';
import { MAX_LOOKUP_PREFIXES } from '../bundle/credit-prefixes';

export const CreditPrefixSchema = z
  .string()
  .regex(new RegExp(`^[0-9a-f]{${MIN_PREFIX_HEX},${MAX_PREFIX_HEX}}$`), 'prefix must be 4-8 lowercase hex chars');

/**
 * One lookup names several prefixes (issue 14 item 4): the viewer's own and decoys, comma-separated
 * in the path (`GET /v1/credit/1a2b,3c4d,...`), so the request names a bucket of many hosts.
 */
export const CreditPrefixListSchema = z
  .string()
  .max(MAX_LOOKUP_PREFIXES * (MAX_PREFIX_HEX + 1))
  .transform((s) => s.split(','))
  .pipe(z.array(CreditPrefixSchema).min(1).max(MAX_LOOKUP_PREFIXES))
  .refine((a) => new Set(a).size === a.length, 'prefixes must be distinct');

/** 1 = worst … 5 = best */
export const CreditLevelSchema = z.number().int().min(1).max(5);

/** Largest value of the database's INTEGER columns: a larger count would fail the insert (a 500), so it fails validation (a 400). */
export const DB_INT_MAX = 2_147_483_647;
const count = z.number().int().nonnegative().max(DB_INT_MAX);

export const CreditInfoSchema = z
  .object({
    level: CreditLevelSchema,
    complaints: count,
    platformPenalties: count,
    regulatorNotices: count,
    updatedAt: z.iso.datetime(),
  })
  .strict();

export const BlacklistInfoSchema = z
  .object({ reason: z.string().max(500), source: z.string().max(200), since: IsoDaySchema })
  .strict();

export const CreditEntrySchema = z
  .object({
    site: SiteIdSchema,
    /** full 64-hex account hash; the client compares it with its own */
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    credit: CreditInfoSchema.nullable(),
    blacklist: BlacklistInfoSchema.nullable(),
  })
  .strict();
export type CreditEntry = z.infer<typeof CreditEntrySchema>;

export const CreditResponseSchema = z
  .object({
    /** what was asked, as in the path: one prefix, or several comma-separated (static bucket files hold one) */
    prefix: z.string().regex(new RegExp(`^[0-9a-f]{${MIN_PREFIX_HEX},${MAX_PREFIX_HEX}}(,[0-9a-f]{${MIN_PREFIX_HEX},${MAX_PREFIX_HEX}}){0,${MAX_LOOKUP_PREFIXES - 1}}$`)),
    entries: z.array(CreditEntrySchema).max(10_000),
  })
  .strict();
export type CreditResponse = z.infer<typeof CreditResponseSchema>;
