/**
 * File a complaint from any finding in two clicks (R-COMPLAINT-16): the action on every pop-up,
 * interstitial and panel row opens the prefilled form. The room's evidence (product card, last 2
 * minutes of chat, findings) goes to the background as a draft; the form itself is an extension
 * page in an iframe inside the overlay (issue 14), so what the viewer types never passes through
 * the page or this content script. The capture gestures open the same form.
 */
import { signal } from '@preact/signals';
import type { RoomFeature, Room } from '@/lib/room/room';
import { addLayer } from '@/lib/overlay/store';
import { handleInContent, send } from '@/lib/messaging-content';
import { t } from '@/lib/i18n';
import { chatWindow } from '@/lib/complaints/build';
import type { ComplaintDraft } from '@/lib/complaints/protocol';
import { COMPLAINT_FRAME_CLOSED, COMPLAINT_FRAME_PATH } from '@/lib/complaints/form-frame';
import type { Finding } from '@/lib/model';

function draftFrom(room: Room, finding: Finding | null, at: number): ComplaintDraft {
  const now = Date.now();
  return {
    subject: {
      category: finding?.category ?? 'false_claim',
      severity: finding?.severity ?? null,
      ruleId: finding?.ruleId ?? null,
      matchedText: finding?.matched.text ?? '',
      sourceText: finding?.source.text ?? '',
      at,
    },
    page: { url: room.url, site: room.site, roomId: room.roomId, roomTitle: room.info.title, hostName: room.info.hostName, hostId: room.info.hostId, seller: room.info.seller },
    product: room.info.product,
    chat: chatWindow(room.recentChat.toArray(), now),
    findings: room.recentFindings.toArray().slice(-500),
  };
}

export const complaintFiling: RoomFeature = {
  id: 'complaint-filing',
  init(room, signal$, { overlay }) {
    const open = signal<{ draftId: string } | { error: string } | null>(null);
    const show = (finding: Finding | null, at: number) => {
      send('complaintDraft', draftFrom(room, finding, at)).then(
        (r) => !signal$.aborted && (open.value = { draftId: r.draftId }),
        (e: unknown) => !signal$.aborted && (open.value = { error: `${t('complaintFailed')} ${e instanceof Error ? e.message : String(e)}` }),
      );
    };

    const src = browser.runtime.getURL(COMPLAINT_FRAME_PATH);
    const Layer = () => {
      const cur = open.value;
      if (!cur) return null;
      if ('error' in cur)
        return (
          <p class="lg-complaint" role="alert" data-liveguard="complaint-error">
            {cur.error}{' '}
            <button type="button" class="lg-btn" onClick={() => (open.value = null)}>{t('complaintClose')}</button>
          </p>
        );
      return <iframe key={cur.draftId} class="lg-complaint-frame" data-liveguard="complaint-frame" title={t('complaintFormTitle')} src={`${src}#${cur.draftId}`} />;
    };
    const removeLayer = addLayer(overlay, { id: 'complaint-form', order: 50, Component: Layer });
    overlay.findingActions.value = [
      ...overlay.findingActions.value,
      { id: 'file-complaint', label: t('complaintAction'), run: (item) => show(item.finding, item.at) },
    ];

    // The frame says "closed" with the draft id, which the page cannot know (it is inside our closed root).
    window.addEventListener(
      'message',
      (e) => {
        const d = e.data as { liveguard?: unknown; draftId?: unknown } | null;
        const cur = open.value;
        if (d?.liveguard === COMPLAINT_FRAME_CLOSED && cur && 'draftId' in cur && d.draftId === cur.draftId) open.value = null;
      },
      { signal: signal$ },
    );

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
