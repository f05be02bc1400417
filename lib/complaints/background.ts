/**
 * Complaint wiring in the background (R-COMPLAINT-16/17): the filing handler (screenshot, seal,
 * store in one transaction), the capture gestures (context menu, `capture-evidence` command, the
 * popup's button), and the share queue's retry alarm.
 */
import { handle } from '../messaging';
import { LIVE_SITE_MATCHES } from '../sites/match-patterns';
import { t } from '../i18n';
import { db, isQuotaError } from '../db/database';
import { buildEvidence, newComplaint } from './build';
import { captureTab, keepPending, shotRef, takePending, type Shot } from './capture';
import { storeFiling } from './store-filing';
import { enqueueShare } from './share-queue';
import { summarize } from './share-summary';

export const MENU_ID = 'liveguard-capture-evidence';
export { QUOTA_ERROR } from './quota';
import { QUOTA_ERROR } from './quota';

async function captureThenOpenForm(tab: { id?: number; windowId?: number } | undefined) {
  if (tab?.id === undefined) return { opened: false, screenshot: false };
  const r = await captureTab(tab.windowId);
  if ('shot' in r) keepPending(tab.id, r.shot);
  const opened = await browser.tabs
    .sendMessage(tab.id, { liveguard: 1, type: 'complaintOpenForm', screenshot: 'shot' in r })
    .then(() => true, () => false);
  return { opened, screenshot: 'shot' in r };
}

export function setupComplaints() {
  handle({
    async complaintFile(req, sender) {
      const now = Date.now();
      const tab = sender.tab;
      let shot: Shot | null = tab?.id !== undefined ? takePending(tab.id, now) : null;
      let reason: 'no_permission' | 'capture_failed' | 'tab_not_visible' | null = null;
      if (!shot) {
        const r = tab ? await captureTab(tab.windowId) : ({ reason: 'tab_not_visible' } as const);
        if ('shot' in r) shot = r.shot;
        else reason = r.reason;
      }
      const ref = shot ? await shotRef(shot) : null;
      const evidence = await buildEvidence(req, now, ref, reason);
      const complaint = newComplaint(crypto.randomUUID(), req, evidence, now);
      try {
        await storeFiling(db(), complaint, shot ? new Blob([shot.bytes as BlobPart], { type: shot.mime }) : null);
        if (req.share) await enqueueShare(db(), complaint.id, await summarize(complaint), now);
      } catch (e) {
        // the transaction aborted: nothing half-written, everything stored before is intact
        if (isQuotaError(e)) throw new Error(QUOTA_ERROR);
        throw e;
      }
      return { id: complaint.id, screenshot: !!shot, noScreenshotReason: shot ? null : reason };
    },
    async complaintCaptureActive() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return captureThenOpenForm(tab);
    },
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('complaintMenuCapture'), contexts: ['page', 'selection', 'image', 'video'], documentUrlPatterns: [...LIVE_SITE_MATCHES] });
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
