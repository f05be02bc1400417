/**
 * The ONE complaint record type (R-COMPLAINT-16..19), as zod: it crosses content script →
 * background → IndexedDB → export file → import, and every boundary parses it.
 * Evidence (R-COMPLAINT-17) is what was captured at filing; it carries a SHA-256 per item and one
 * over the whole evidence record, so later edits of the facts never disturb what can be proven.
 */
import { z } from 'zod';
import { FindingSchema, ObservationSchema, SiteIdSchema } from '../model';
import { CategorySchema, RuleIdSchema, SeveritySchema } from '../taxonomy-schema';
import { PriceHistoryEvidenceSchema } from '../price/schema';
import type { SellerInfo } from '../sites/seller';

export const COMPLAINT_STATUSES = ['draft', 'filed_12315', 'filed_platform', 'resolved', 'withdrawn'] as const;
export const ComplaintStatusSchema = z.enum(COMPLAINT_STATUSES);
export type ComplaintStatus = z.infer<typeof ComplaintStatusSchema>;

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 hex digest');
const Text = (max: number) => z.string().max(max);

export const ProductSchema = z.object({
  title: Text(500),
  price: z.number().nonnegative().nullable(),
  originalPrice: z.number().nonnegative().nullable(),
  /** the card's whole text as read (the fields above are parsed from it when selectors miss) */
  text: Text(5000),
  /** the shop the card names, where it names one (issue 23); absent in records filed before */
  seller: Text(200).nullable().optional(),
});

const PageLink = z.string().max(2000).regex(/^https?:\/\//, 'not an http(s) link');
/**
 * Who really sells (R-INFO-24): what the room disclosed at filing — shop name, shop link, business
 * information / licence link (lib/sites/seller.ts SellerInfo, checked against it below).
 */
export const SellerEvidenceSchema = z.object({ name: Text(200).nullable(), url: PageLink.nullable(), licenceUrl: PageLink.nullable() });
const _sellerShape: z.ZodType<SellerInfo> = SellerEvidenceSchema;
void _sellerShape;

/** Where and whom: read off the page at filing. */
export const PageEvidenceSchema = z.object({
  url: Text(2000),
  site: SiteIdSchema,
  roomId: Text(200),
  roomTitle: Text(500).nullable(),
  hostName: Text(200).nullable(),
  hostId: Text(200).nullable(),
  /** the seller the room disclosed (R-INFO-24); null when none, absent in complaints filed before */
  seller: SellerEvidenceSchema.nullable().optional(),
});

export const TimedFindingSchema = z.object({ at: z.number(), finding: FindingSchema });

export const ScreenshotRefSchema = z.object({
  /** key of the blob in the screenshots table and its file name in an export */
  id: z.string().uuid(),
  mime: z.enum(['image/png', 'image/jpeg']),
  bytes: z.number().int().positive(),
  sha256: Hex64,
});

/** Why no screenshot: said plainly to the viewer (the page evidence is kept regardless). */
export const NoScreenshotReasonSchema = z.enum(['no_permission', 'capture_failed', 'tab_not_visible']);

export const EvidenceSchema = z.object({
  capturedAt: z.number(),
  page: PageEvidenceSchema,
  product: ProductSchema.nullable(),
  /** the chat around the moment of filing (R-COMPLAINT-17), oldest first */
  chat: z.array(ObservationSchema).max(2000),
  /** the room's findings up to filing */
  findings: z.array(TimedFindingSchema).max(500),
  screenshot: ScreenshotRefSchema.nullable(),
  noScreenshotReason: NoScreenshotReasonSchema.nullable(),
  /** the product's price history as this browser saw it (issue 19; absent in complaints sealed before DB v2) */
  priceHistory: PriceHistoryEvidenceSchema.optional(),
  hashes: z.object({ page: Hex64, product: Hex64, chat: Hex64, findings: Hex64, screenshot: Hex64.nullable(), priceHistory: Hex64.optional() }),
  /** SHA-256 over the canonical JSON of everything above (hashes included) */
  recordHash: Hex64,
});
export type Evidence = z.infer<typeof EvidenceSchema>;
export type EvidenceContent = Omit<Evidence, 'hashes' | 'recordHash'>;

/** The finding the complaint was filed from (prefilled into the form). */
export const SubjectSchema = z.object({
  category: CategorySchema,
  severity: SeveritySchema.nullable(),
  ruleId: RuleIdSchema.nullable(),
  matchedText: Text(2000),
  sourceText: Text(10_000),
  at: z.number(),
});

export const PartySchema = z.object({ name: Text(200), phone: Text(50), address: Text(500) });
export const BusinessSchema = z.object({ name: Text(200), address: Text(500) });

export const StatusEntrySchema = z.object({ status: ComplaintStatusSchema, at: z.number(), note: Text(500).optional() });

export const ShareStateSchema = z.enum(['off', 'queued', 'sent', 'rejected']);

export const ComplaintSchema = z.object({
  id: z.string().uuid(),
  createdAt: z.number(),
  updatedAt: z.number(),
  subject: SubjectSchema,
  /** what happened, in the viewer's words (the facts of a 12315 complaint) */
  facts: Text(10_000),
  /** what the viewer asks for (refund, compensation …) */
  request: Text(5000),
  complainant: PartySchema,
  business: BusinessSchema,
  status: ComplaintStatusSchema,
  /** every status with the date it was set, oldest first */
  statusHistory: z.array(StatusEntrySchema).min(1),
  evidence: EvidenceSchema,
  /** opt-in sharing of an anonymised summary, asked per complaint (R-SYNC-23) */
  share: ShareStateSchema,
});
export type Complaint = z.infer<typeof ComplaintSchema>;
export type Product = z.infer<typeof ProductSchema>;
export type PageEvidence = z.infer<typeof PageEvidenceSchema>;
export type Subject = z.infer<typeof SubjectSchema>;

export { EMPTY_BUSINESS, EMPTY_PARTY } from './empty';
