/**
 * File a complaint from any finding in two clicks (R-COMPLAINT-16): the action on every pop-up,
 * interstitial and panel row opens the prefilled form in an overlay layer; submitting sends the
 * room's evidence (product card, last 2 minutes of chat, findings) to the background, which adds
 * the screenshot, seals the hashes and stores it. The capture gestures open the same form.
 */
import { signal } from '@preact/signals';
import type { RoomFeature, Room } from '@/lib/room/room';
import { addLayer } from '@/lib/overlay/store';
import { handleInContent, send } from '@/lib/messaging';
import { t } from '@/lib/i18n';
import { chatWindow } from '@/lib/complaints/build';
import { QUOTA_ERROR } from '@/lib/complaints/quota';
import type { Finding } from '@/lib/model';
import { FilingForm, type FilingPrefill, type FilingStatus } from '@/components/complaints/FilingForm';

function prefillFrom(room: Room, finding: Finding | null, at: number): FilingPrefill {
  return {
    category: finding?.category ?? 'false_claim',
    matchedText: finding?.matched.text ?? '',
    at,
    page: { url: room.url, site: room.site, roomId: room.roomId, roomTitle: room.info.title, hostName: room.info.hostName, hostId: room.info.hostId },
    product: room.info.product,
  };
}

export const complaintFiling: RoomFeature = {
  id: 'complaint-filing',
  init(room, signal$, { overlay }) {
    const open = signal<{ prefill: FilingPrefill; finding: Finding | null; key: number } | null>(null);
    const status = signal<FilingStatus>({ kind: 'editing' });
    let key = 0;
    const show = (finding: Finding | null, at: number) => {
      status.value = { kind: 'editing' };
      open.value = { prefill: prefillFrom(room, finding, at), finding, key: ++key };
    };

    const submit = async (v: { category: Finding['category']; facts: string; request: string; share: boolean }) => {
      const cur = open.value;
      if (!cur) return;
      status.value = { kind: 'saving' };
      const now = Date.now();
      const f = cur.finding;
      try {
        const r = await send('complaintFile', {
          subject: {
            category: v.category,
            severity: f?.severity ?? null,
            ruleId: f?.ruleId ?? null,
            matchedText: cur.prefill.matchedText,
            sourceText: f?.source.text ?? '',
            at: cur.prefill.at,
          },
          facts: v.facts,
          request: v.request,
          share: v.share,
          page: cur.prefill.page,
          product: cur.prefill.product,
          chat: chatWindow(room.recentChat.toArray(), now),
          findings: room.recentFindings.toArray().slice(-500),
        });
        status.value = { kind: 'saved', screenshot: r.screenshot, reason: r.noScreenshotReason };
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        status.value = { kind: 'error', message: msg === QUOTA_ERROR ? t('complaintQuota') : `${t('complaintFailed')} ${msg}` };
      }
    };

    const Layer = () => {
      const cur = open.value;
      if (!cur) return null;
      return <FilingForm key={cur.key} prefill={cur.prefill} status={status.value} onSubmit={(v) => void submit(v)} onClose={() => (open.value = null)} />;
    };
    const removeLayer = addLayer(overlay, { id: 'complaint-form', order: 50, Component: Layer });
    overlay.findingActions.value = [
      ...overlay.findingActions.value,
      { id: 'file-complaint', label: t('complaintAction'), run: (item) => show(item.finding, item.at) },
    ];

    // the capture gestures (context menu, shortcut, popup) open the form for the latest finding
    handleInContent(
      {
        async complaintOpenForm() {
          const last = room.recentFindings.toArray().at(-1);
          show(last?.finding ?? null, last?.at ?? Date.now());
          return { ok: true };
        },
      },
      signal$,
    );
    signal$.addEventListener('abort', () => {
      removeLayer();
      overlay.findingActions.value = overlay.findingActions.value.filter((a) => a.id !== 'file-complaint');
    });
  },
};
