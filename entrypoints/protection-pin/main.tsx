/**
 * The gate's PIN field, as an extension page framed into the livestream page (R-MINOR-10/11).
 * Why a frame: keystrokes inside a cross-origin frame never reach the page's scripts, while
 * key events in a shadow root do bubble to the hostile page's document listeners. The frame
 * sends the PIN to the background itself and then only tells its parent "check again".
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { applyViewerLocale } from '@/lib/page-locale';
import { send } from '@/lib/messaging';
import { PinForm } from '@/components/protection/PinForm';
import { pinProblem } from '@/components/protection/labels';
import { parsePinFrameHash, PIN_FRAME_DONE } from '@/lib/protection/pin-frame';
import '@/components/design/page-styles';
import './style.css';

const ctx = parsePinFrameHash(location.hash);

function PinFrame() {
  const [problem, setProblem] = useState<string | null>(ctx ? null : 'bad gate context');
  const [busy, setBusy] = useState(false);
  const submit = async (pin: string) => {
    if (!ctx) return;
    setBusy(true);
    try {
      const r = await send('protection:unlock', { ...ctx, pin });
      setProblem(pinProblem(r));
      // The parent only learns "check again"; the decision itself comes from the background.
      window.parent.postMessage({ liveguard: PIN_FRAME_DONE }, '*');
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  // a main landmark and a page heading (axe landmark-one-main, page-has-heading-one, issue 18 item 6):
  // the gate around the frame shows its own title, so the heading is for screen readers only
  return (
    <main>
      <h1 class="lg-visually-hidden">{t('protPinFrameTitle')}</h1>
      <PinForm hook="gate-pin" label={t('protPin')} submitLabel={t('protUnlock')} problem={problem} busy={busy} onSubmit={submit} />
    </main>
  );
}
// the viewer's language choice (issue 18 item 4), then <html lang> to match (issue 18 item 6)
void applyViewerLocale().then(() => render(<PinFrame />, document.getElementById('app')!));
