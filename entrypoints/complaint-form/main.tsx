/**
 * The complaint form as an extension page framed into the overlay (issue 14, R-COMPLAINT-16).
 * Why a frame: keys typed in a shadow root still reach the page's document listeners (they are
 * composed events), and the page could read field values; a cross-origin frame gives it neither.
 * The frame reads the draft the content script left with the background, files it itself, and
 * tells its parent only "closed" (with the draft id, so the page cannot fake it).
 * At the first filing without the screenshot permission it asks for it in the same click that
 * saves (issue 23; lib/complaints/screenshot-grant.ts).
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { send, type ResponseOf } from '@/lib/messaging';
import { t } from '@/lib/i18n';
import { applyViewerLocale } from '@/lib/page-locale';
import { QUOTA_ERROR } from '@/lib/complaints/quota';
import { COMPLAINT_FRAME_CLOSED } from '@/lib/complaints/form-frame';
import { FilingForm, type FilingStatus, type FilingValues } from '@/components/complaints/FilingForm';
import { viewerTimeZone } from '@/lib/complaints/time-format';
import { markScreenshotAsked, requestScreenshotGrant, screenshotGrantState, shouldAsk, type GrantState } from '@/lib/complaints/screenshot-grant';
import '../live.content/overlay.css';
import '@/components/design/page-styles';
import './frame.css';

const draftId = location.hash.slice(1);

function ComplaintFrame() {
  const [draft, setDraft] = useState<ResponseOf<'complaintDraftGet'> | null>(null);
  const [status, setStatus] = useState<FilingStatus>({ kind: 'editing' });
  const [grant, setGrant] = useState<GrantState | null>(null);
  useEffect(() => {
    send('complaintDraftGet', { draftId }).then(setDraft, (e: unknown) => setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) }));
    screenshotGrantState().then(setGrant, () => setGrant({ granted: false, canAsk: false, asked: true, test: null }));
  }, []);
  const close = () => window.parent.postMessage({ liveguard: COMPLAINT_FRAME_CLOSED, draftId }, '*');
  if (!draft || !grant)
    return status.kind === 'error' ? (
      <p role="alert" class="lg-error" data-liveguard="complaint-error">{status.message}</p>
    ) : null;
  // a toolbar/menu/shortcut gesture already took the screenshot: nothing to ask for this time
  const askGrant = shouldAsk(grant) && !draft.screenshotReady;
  // `ask` true: this click asks the browser first (synchronously, inside the gesture), then saves
  const submit = async (v: FilingValues, ask: boolean | null) => {
    const granted = ask === true ? requestScreenshotGrant(grant) : Promise.resolve(ask === false ? false : null);
    setStatus({ kind: 'saving' });
    try {
      if (ask === false) await markScreenshotAsked();
      const g = await granted;
      const declined = g === false;
      const r = await send('complaintFileDraft', { draftId, ...v, skipScreenshot: declined });
      setStatus({ kind: 'saved', screenshot: r.screenshot, reason: r.noScreenshotReason, declined });
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      setStatus({ kind: 'error', message: msg === QUOTA_ERROR ? t('complaintQuota') : `${t('complaintFailed')} ${msg}` });
    }
  };
  const prefill = { category: draft.subject.category, matchedText: draft.subject.matchedText, at: draft.subject.at, page: draft.page, product: draft.product, priceHistory: draft.priceHistory };
  return (
    <div class="lg-root">
      <FilingForm prefill={prefill} status={status} timeZone={viewerTimeZone()} askGrant={askGrant} onSubmit={(v, ask) => void submit(v, ask)} onClose={close} />
    </div>
  );
}
// the viewer's language choice (issue 18 item 4), then <html lang> to match (issue 18 item 6)
void applyViewerLocale().then(() => render(<ComplaintFrame />, document.getElementById('app')!));
