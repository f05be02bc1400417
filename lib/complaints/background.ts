/**
 * Complaint wiring in the background (R-COMPLAINT-16/17): the filing handler (screenshot, seal,
 * store in one transaction), the capture gestures (context menu, `capture-evidence` command, the
 * popup's button), and the share queue's retry alarm.
 */
import { handle, sendToTab } from '../messaging';
import { LIVE_SITE_MATCHES } from '../sites/match-patterns';
import { t } from '../i18n';
import { db, isQuotaError } from '../db/database';
import { buildEvidence, newComplaint } from './build';
import { captureTab, hasPending, keepPending, shotRef, takePending, type Shot } from './capture';
import { storeFiling } from './store-filing';
import { enqueueShare, flushShareQueue } from './share-queue';
import { summarize } from './share-summary';
import { httpReportTransport } from './report-transport';
import { apiUrl } from '../sync/background';
import { dropDraft, getDraft, putDraft } from './drafts';
import type { FileComplaintRequest } from './protocol';
import { productHistory } from './price-evidence';

export const MENU_ID = 'liveguard-capture-evidence';
export const SHARE_ALARM = 'liveguard-share';

/** Send what is due now; while anything waits, an alarm brings the worker back (>= 30 s, browsers clamp). */
async function flushShares() {
  const d = db();
  await flushShareQueue(d, httpReportTransport({ fetch: (...a) => globalThis.fetch(...a), apiUrl }), Date.now());
  const next = await d.shareQueue.orderBy('nextAttemptAt').first();
  if (next) await browser.alarms.create(SHARE_ALARM, { when: Math.max(next.nextAttemptAt, Date.now() + 30_000) });
  else await browser.alarms.clear(SHARE_ALARM);
}
export { QUOTA_ERROR } from './quota';
import { QUOTA_ERROR } from './quota';

async function captureThenOpenForm(tab: { id?: number; windowId?: number } | undefined) {
  if (tab?.id === undefined) return { opened: false, screenshot: false };
  const r = await captureTab(tab.windowId);
  if ('shot' in r) keepPending(tab.id, r.shot);
  const opened = await sendToTab(tab.id, 'complaintOpenForm', { screenshot: 'shot' in r }).then(() => true, () => false);
  return { opened, screenshot: 'shot' in r };
}

/** Screenshot (the gesture's pending one, or a capture now), seal, store in one transaction; queue the share. */
async function fileComplaint(req: FileComplaintRequest, tab: { id?: number; windowId?: number } | undefined, skipScreenshot = false) {
  const now = Date.now();
  let shot: Shot | null = tab?.id !== undefined ? takePending(tab.id, now) : null;
  let reason: 'no_permission' | 'capture_failed' | 'tab_not_visible' | null = null;
  // the viewer declined the permission just now: no capture, even where a build could take one
  if (!shot && skipScreenshot) reason = 'no_permission';
  else if (!shot) {
    const r = tab ? await captureTab(tab.windowId) : ({ reason: 'tab_not_visible' } as const);
    if ('shot' in r) shot = r.shot;
    else reason = r.reason;
  }
  const ref = shot ? await shotRef(shot) : null;
  const evidence = await buildEvidence(req, now, ref, reason, await productHistory(db(), req.page.site, req.product));
  const complaint = newComplaint(crypto.randomUUID(), req, evidence, now);
  try {
    await storeFiling(db(), complaint, shot ? new Blob([shot.bytes as BlobPart], { type: shot.mime }) : null);
    if (req.share) {
      const summary = await summarize(complaint);
      // no host id on the page: nothing a server could attach the report to, so it stays local
      if (summary) await enqueueShare(db(), complaint.id, summary, now);
      else await db().complaints.update(complaint.id, { share: 'rejected' });
    }
  } catch (e) {
    // the transaction aborted: nothing half-written, everything stored before is intact
    if (isQuotaError(e)) throw new Error(QUOTA_ERROR);
    throw e;
  }
  if (req.share) void flushShares().catch((e: unknown) => console.warn('[LiveGuard] share', e));
  return { id: complaint.id, screenshot: !!shot, noScreenshotReason: shot ? null : reason };
}

export function setupComplaints() {
  handle({
    complaintDraft: async (draft) => ({ draftId: await putDraft(draft) }),
    async complaintDraftGet({ draftId }, sender) {
      const d = await getDraft(draftId);
      const tabId = sender.tab?.id;
      return { subject: d.subject, page: d.page, product: d.product, priceHistory: await productHistory(db(), d.page.site, d.product), screenshotReady: tabId !== undefined && hasPending(tabId, Date.now()) };
    },
    async complaintFileDraft({ draftId, category, facts, request, share, skipScreenshot }, sender) {
      const d = await getDraft(draftId);
      const filed = await fileComplaint({ ...d, subject: { ...d.subject, category }, facts, request, share }, sender.tab, skipScreenshot);
      await dropDraft(draftId);
      return filed;
    },
    async complaintCaptureActive() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return captureThenOpenForm(tab);
    },
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('complaintMenuCapture'), contexts: ['page', 'selection', 'image', 'video'], documentUrlPatterns: [...LIVE_SITE_MATCHES] });
  });
  browser.alarms.onAlarm.addListener((a) => {
    if (a.name === SHARE_ALARM) void flushShares().catch((e: unknown) => console.warn('[LiveGuard] share', e));
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void captureThenOpenForm(tab);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'capture-evidence') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await captureThenOpenForm(tab);
  });
}
