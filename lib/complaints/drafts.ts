/**
 * Complaint drafts between the content script and the form frame (issue 14). Kept in
 * storage.session: in memory (nothing on disk), lives through a service-worker restart while the
 * viewer types, and is not open to content scripts (Chrome's default TRUSTED_CONTEXTS access).
 */
import { ComplaintDraftSchema, type ComplaintDraft } from './protocol';
import { normalizeProduct } from './product-card';

const PREFIX = 'complaintDraft:';
/** a draft older than this is gone (the viewer can open the form again) */
export const DRAFT_TTL_MS = 2 * 3600_000;
const MAX_DRAFTS = 10;

type Stored = { at: number; draft: ComplaintDraft };

export async function putDraft(draft: ComplaintDraft, now = Date.now()): Promise<string> {
  const all = (await browser.storage.session.get(null)) as Record<string, Stored>;
  const keys = Object.keys(all).filter((k) => k.startsWith(PREFIX)).sort((a, b) => all[b]!.at - all[a]!.at);
  const stale = keys.filter((k, i) => i >= MAX_DRAFTS - 1 || now - all[k]!.at > DRAFT_TTL_MS);
  if (stale.length) await browser.storage.session.remove(stale);
  const id = crypto.randomUUID();
  // the card's fields parsed apart here, so the form shows and the evidence keeps them (issue 23)
  const parsed = { ...draft, product: normalizeProduct(draft.product) };
  await browser.storage.session.set({ [PREFIX + id]: { at: now, draft: parsed } satisfies Stored });
  return id;
}

export async function getDraft(id: string, now = Date.now()): Promise<ComplaintDraft> {
  const v = (await browser.storage.session.get(PREFIX + id))[PREFIX + id] as Stored | undefined;
  if (!v || now - v.at > DRAFT_TTL_MS) throw new Error('complaint draft expired: open the form again');
  return ComplaintDraftSchema.parse(v.draft);
}

export async function dropDraft(id: string): Promise<void> {
  await browser.storage.session.remove(PREFIX + id);
}
