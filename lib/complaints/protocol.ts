/**
 * Complaint messages (lib/messaging.ts PROTOCOL), both directions. Filing comes from the content script, so its
 * payload is fully zod-checked; capture from the popup is an extension-page message.
 */
import { z } from 'zod';
import { message, messageToContent } from '../message';
import { ObservationSchema } from '../model';
import { PriceHistoryEvidenceSchema } from '../price/schema';
import { NoScreenshotReasonSchema, PageEvidenceSchema, ProductSchema, SubjectSchema, TimedFindingSchema } from './schema';

export const FileComplaintSchema = z.object({
  subject: SubjectSchema,
  facts: z.string().max(10_000),
  request: z.string().max(5000),
  share: z.boolean(),
  page: PageEvidenceSchema,
  product: ProductSchema.nullable(),
  chat: z.array(ObservationSchema).max(2000),
  findings: z.array(TimedFindingSchema).max(500),
}).strict();
export type FileComplaintRequest = z.infer<typeof FileComplaintSchema>;

/**
 * What the content script knows when the viewer asks to file (issue 14): the room's evidence, but
 * none of what the viewer types. The form itself is an extension page framed into the overlay
 * (entrypoints/complaint-form), so the page never sees the keystrokes or the values.
 */
export const ComplaintDraftSchema = FileComplaintSchema.omit({ facts: true, request: true, share: true });
export type ComplaintDraft = z.infer<typeof ComplaintDraftSchema>;
const DraftId = z.string().uuid();
const FiledSchema = z.object({ id: z.string(), screenshot: z.boolean(), noScreenshotReason: NoScreenshotReasonSchema.nullable() });

export const complaintsProtocol = {
  /** content script → background: keep the room's evidence for the form frame; answers the draft's id */
  complaintDraft: message({ request: ComplaintDraftSchema, response: z.object({ draftId: DraftId }), from: 'content' }),
  /** the form frame → background: the prefill (no chat: the frame shows only what the viewer checks) */
  complaintDraftGet: message({
    request: z.object({ draftId: DraftId }).strict(),
    response: ComplaintDraftSchema.pick({ subject: true, page: true, product: true }).extend({
      priceHistory: PriceHistoryEvidenceSchema,
      /** a capture gesture already took this room's screenshot: the form need not ask for the grant (issue 23) */
      screenshotReady: z.boolean(),
    }),
    from: 'extension',
  }),
  /** the form frame → background: what the viewer typed, filed with the draft's evidence */
  complaintFileDraft: message({
    request: z
      .object({
        draftId: DraftId,
        category: SubjectSchema.shape.category,
        facts: z.string().max(10_000),
        request: z.string().max(5000),
        share: z.boolean(),
        /** the viewer declined the screenshot permission at this filing (issue 23): capture nothing */
        skipScreenshot: z.boolean().optional(),
      })
      .strict(),
    response: FiledSchema,
    from: 'extension',
  }),
  /** the popup's "file a complaint": its click grants activeTab, so capture now and open the form in the tab */
  complaintCaptureActive: message({
    request: z.object({}).strict(),
    response: z.object({ opened: z.boolean(), screenshot: z.boolean() }),
    from: 'extension',
  }),
};

/** Background → content script: open the filing form (after a capture gesture took a screenshot, or tried to). */
export const complaintsToContent = {
  complaintOpenForm: messageToContent({ request: z.object({ screenshot: z.boolean() }).strict(), response: z.object({ ok: z.literal(true) }) }),
};
