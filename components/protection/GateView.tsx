import { t } from '@/lib/i18n';
import type { Gate } from '@/lib/protection/activity-log';
import { GATE_TITLE, gateBody } from './labels';
import { PinForm } from './PinForm';

/** The interstitial of protection mode: covers the page until a guardian's PIN opens it. */
/**
 * The PIN goes into `pinFrameSrc`, an extension page in a frame, when given (the page cannot read
 * keystrokes there); the inline form serves where no extension URL exists (component tests).
 */
export function GateView(props: { gate: Gate; curfewEndsAt: number | null; timeZone?: string; pinFrameSrc?: string; problem: string | null; busy: boolean; onPin: (pin: string) => void }) {
  return (
    <div class="lg-gate" data-liveguard="protection-gate" data-gate={props.gate} role="dialog" aria-modal="true" aria-labelledby="lg-gate-title">
      <div class="lg-gate-card">
        <h2 id="lg-gate-title">{GATE_TITLE[props.gate]()}</h2>
        <p>{gateBody(props.gate, props.curfewEndsAt, props.timeZone)}</p>
        {props.pinFrameSrc ? (
          <iframe data-liveguard="pin-frame" src={props.pinFrameSrc} title={t('protPin')} style={{ border: 0, width: '100%', height: '110px' }} />
        ) : (
          <PinForm hook="gate-pin" label={t('protPin')} submitLabel={t('protUnlock')} problem={props.problem} busy={props.busy} onSubmit={props.onPin} />
        )}
      </div>
    </div>
  );
}
