import { t } from '@/lib/i18n';
import type { Gate } from '@/lib/protection/activity-log';
import { GATE_TITLE, gateBody } from './labels';

/**
 * The interstitial of protection mode: covers the page until a guardian's PIN opens it. The PIN
 * field is `pinFrameSrc`, an extension page in a frame: key events in a shadow root bubble to the
 * (hostile) page's listeners, a cross-origin frame's never do.
 */
export function GateView(props: { gate: Gate; curfewEndsAt: number | null; timeZone?: string; pinFrameSrc: string }) {
  return (
    <div class="lg-gate" data-liveguard="protection-gate" data-gate={props.gate} role="dialog" aria-modal="true" aria-labelledby="lg-gate-title">
      <div class="lg-gate-card">
        <h2 id="lg-gate-title">{GATE_TITLE[props.gate]()}</h2>
        <p>{gateBody(props.gate, props.curfewEndsAt, props.timeZone)}</p>
        <iframe data-liveguard="pin-frame" src={props.pinFrameSrc} title={t('protPin')} style={{ border: 0, width: '100%', height: '110px' }} />
      </div>
    </div>
  );
}
