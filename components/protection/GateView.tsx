import { t } from '@/lib/i18n';
import type { Gate } from '@/lib/protection/activity-log';
import { GATE_TITLE, gateBody } from './labels';
import { PinForm } from './PinForm';

/** The interstitial of protection mode: covers the page until a guardian's PIN opens it. */
export function GateView(props: { gate: Gate; curfewEndsAt: number | null; timeZone?: string; problem: string | null; busy: boolean; onPin: (pin: string) => void }) {
  return (
    <div class="lg-gate" data-liveguard="protection-gate" data-gate={props.gate} role="dialog" aria-modal="true" aria-labelledby="lg-gate-title">
      <div class="lg-gate-card">
        <h2 id="lg-gate-title">{GATE_TITLE[props.gate]()}</h2>
        <p>{gateBody(props.gate, props.curfewEndsAt, props.timeZone)}</p>
        <PinForm hook="gate-pin" label={t('protPin')} submitLabel={t('protUnlock')} problem={props.problem} busy={props.busy} onSubmit={props.onPin} />
      </div>
    </div>
  );
}
