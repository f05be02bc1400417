/**
 * Screenshot capture (background only). captureVisibleTab needs `activeTab` — granted by a user
 * gesture on the toolbar button, the `capture-evidence` command or our context-menu item — or
 * `<all_urls>`, an optional grant the viewer may give in the options (EvidenceSection; a test build
 * has it built in, the e2e says so). So a
 * gesture captures at once and keeps the shot for the form it opens; filing from the overlay
 * tries to capture and, without a grant, keeps the page evidence and says no screenshot was taken.
 */
import { sha256Hex } from '../account-hash';
import type { z } from 'zod';
import type { NoScreenshotReasonSchema } from './schema';

export interface Shot {
  bytes: Uint8Array;
  mime: 'image/png';
  at: number;
}
export type CaptureResult = { shot: Shot } | { reason: z.infer<typeof NoScreenshotReasonSchema> };

/** A gesture's screenshot waits this long for its form to be submitted. */
export const PENDING_TTL_MS = 10 * 60_000;
const pending = new Map<number, Shot>();

export async function captureTab(windowId: number | undefined): Promise<CaptureResult> {
  try {
    const dataUrl = await browser.tabs.captureVisibleTab(windowId as number, { format: 'png' });
    const b64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return { shot: { bytes, mime: 'image/png', at: Date.now() } };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { reason: /permission|activeTab|all_urls|Missing host/i.test(msg) ? 'no_permission' : 'capture_failed' };
  }
}

export function keepPending(tabId: number, shot: Shot) {
  pending.set(tabId, shot);
}
/** A gesture's screenshot waits for this tab's form (the form then need not ask for the grant). */
export function hasPending(tabId: number, now: number): boolean {
  const s = pending.get(tabId);
  return !!s && now - s.at <= PENDING_TTL_MS;
}
export function takePending(tabId: number, now: number): Shot | null {
  const s = pending.get(tabId);
  pending.delete(tabId);
  return s && now - s.at <= PENDING_TTL_MS ? s : null;
}

export async function shotRef(shot: Shot) {
  return { id: crypto.randomUUID(), mime: shot.mime, bytes: shot.bytes.byteLength, sha256: await sha256Hex(shot.bytes) };
}
