/**
 * Assemble a complaint at filing (pure): the prefilled subject, the viewer's words, and sealed
 * evidence. The chat window is the last 2 minutes before filing (R-COMPLAINT-17).
 */
import type { Observation } from '../model';
import { sealEvidence } from './hashing';
import type { PriceEvidencePoint } from '../price/schema';
import { normalizeProduct } from './product-card';
import { EMPTY_BUSINESS, EMPTY_PARTY } from './empty';
import type {
  Complaint,
  PageEvidence,
  Product,
  Subject,
  Evidence,
} from './schema';
import type { z } from 'zod';
import type { ScreenshotRefSchema, NoScreenshotReasonSchema, TimedFindingSchema } from './schema';

export const CHAT_WINDOW_MS = 2 * 60_000;

export function chatWindow(chat: Observation[], at: number, windowMs = CHAT_WINDOW_MS): Observation[] {
  return chat.filter((o) => o.at === undefined || (o.at >= at - windowMs && o.at <= at + 5_000)).slice(-2000);
}

export interface FilingInput {
  subject: Subject;
  facts: string;
  request: string;
  page: PageEvidence;
  product: Product | null;
  chat: Observation[];
  findings: z.infer<typeof TimedFindingSchema>[];
  /** the business named on the page, if the viewer took the host as the seller */
  businessName?: string;
  share: boolean;
}

export async function buildEvidence(
  input: Pick<FilingInput, 'page' | 'product' | 'chat' | 'findings'>,
  capturedAt: number,
  screenshot: z.infer<typeof ScreenshotRefSchema> | null,
  noScreenshotReason: z.infer<typeof NoScreenshotReasonSchema> | null,
  priceHistory?: PriceEvidencePoint[],
): Promise<Evidence> {
  return sealEvidence({
    capturedAt,
    page: input.page,
    product: normalizeProduct(input.product),
    chat: chatWindow(input.chat, capturedAt),
    findings: input.findings.slice(-500),
    screenshot,
    noScreenshotReason: screenshot ? null : noScreenshotReason,
    ...(priceHistory?.length ? { priceHistory: priceHistory.slice(-500) } : {}),
  });
}

export function newComplaint(id: string, input: FilingInput, evidence: Evidence, now: number): Complaint {
  return {
    id,
    createdAt: now,
    updatedAt: now,
    subject: input.subject,
    facts: input.facts,
    request: input.request,
    complainant: { ...EMPTY_PARTY },
    business: { ...EMPTY_BUSINESS, name: input.businessName ?? businessName(input.page, evidence.product) },
    status: 'draft',
    statusHistory: [{ status: 'draft', at: now }],
    evidence,
    share: input.share ? 'queued' : 'off',
  };
}

/**
 * The business a complaint is against (12315 asks for the 经营者): the seller the room disclosed
 * (R-INFO-24), else the shop the product card names, else the host. The viewer can change it.
 */
export function businessName(page: PageEvidence, product: Product | null): string {
  return page.seller?.name || product?.seller || page.hostName || '';
}

/** A status change keeps the history with dates (R-COMPLAINT-19). */
export function withStatus(c: Complaint, status: Complaint['status'], at: number): Complaint {
  if (c.status === status) return c;
  return { ...c, status, statusHistory: [...c.statusHistory, { status, at }], updatedAt: at };
}
