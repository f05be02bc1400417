/**
 * Complaint messages (lib/messaging.ts PROTOCOL), both directions. Filing comes from the content script, so its
 * payload is fully zod-checked; capture from the popup is an extension-page message.
 */
import { z } from 'zod';
import { message, messageToContent } from '../message';
import { ObservationSchema } from '../model';
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

export const complaintsProtocol = {
  complaintFile: message({
    request: FileComplaintSchema,
    response: z.object({ id: z.string(), screenshot: z.boolean(), noScreenshotReason: NoScreenshotReasonSchema.nullable() }),
    from: 'content',
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
