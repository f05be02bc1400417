/**
 * The two data types of the pipeline (design.md): an Observation is something a site adapter read
 * off the page; a Finding is what the scanner (or another detector) concluded about it.
 * Named once here, as zod schemas, because they cross context boundaries (content script →
 * background → IndexedDB → export file) and every boundary parses them.
 */
import { z } from 'zod';
import { CategorySchema, RuleIdSchema, SeveritySchema } from './taxonomy-schema';
import { SITE_IDS } from './sites/descriptors';

/** the supported sites, one per descriptor in lib/sites/descriptors (issue 17) */
export { SITE_IDS };
export const SiteIdSchema = z.enum(SITE_IDS);
export type SiteId = z.infer<typeof SiteIdSchema>;

/** A real calendar day YYYY-MM-DD (zod's ISO check knows month lengths and leap years: 2023-02-30 and 9999-99-99 fail). */
export const IsoDaySchema = z.iso.date();

/** What kind of page text an observation is; the scan CLI accepts the first four. */
export const OBSERVATION_KINDS = ['chat', 'title', 'product', 'caption', 'notice', 'host'] as const;
export const ObservationKindSchema = z.enum(OBSERVATION_KINDS);
export type ObservationKind = z.infer<typeof ObservationKindSchema>;

export const ObservationSchema = z.object({
  kind: ObservationKindSchema,
  /** Hostile page text; render only as text. */
  text: z.string().max(10_000),
  /** Stable id when the site provides one (chat message id), used to de-duplicate re-rendered rows. */
  id: z.string().max(200).optional(),
  author: z.string().max(200).optional(),
  /** epoch ms when the adapter read it */
  at: z.number().optional(),
  site: SiteIdSchema.optional(),
  roomId: z.string().max(200).optional(),
  /** product cards: parsed prices in the page's currency */
  price: z.number().nonnegative().optional(),
  originalPrice: z.number().nonnegative().optional(),
});
export type Observation = z.infer<typeof ObservationSchema>;

export const SpanSchema = z.object({
  /** offsets into the ORIGINAL observation text, [start, end) in UTF-16 code units */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;

export const FindingSchema = z.object({
  category: CategorySchema,
  severity: SeveritySchema,
  ruleId: RuleIdSchema,
  /** i18n message key for the UI (public/_locales) */
  messageKey: z.string(),
  /** which detector produced it (vocabulary, phone, qq, bankcard, price, pressure, counters …) */
  detector: z.string(),
  matched: SpanSchema,
  /** what fired and why, for the viewer and for complaints (issue 15): the rule's term or pattern,
   * or the scorer's probability and strongest n-grams */
  why: z.string().max(300).optional(),
  /** the observation it came from (kind, text, author, id) — kept for evidence */
  source: ObservationSchema.pick({ kind: true, text: true, author: true, id: true, at: true }).partial({ author: true, id: true, at: true }),
});
export type Finding = z.infer<typeof FindingSchema>;
