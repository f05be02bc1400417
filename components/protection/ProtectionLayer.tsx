import { t } from '@/lib/i18n';
import type { Decision } from '@/lib/protection/decide';
import { Countdown } from './Countdown';
import { GateView } from './GateView';

/**
 * What protection mode shows on a livestream page: the gate when one is due, the day's countdown
 * while protection is on, and the "host looks under 16" report button (R-MINOR-10, R-MINOR-12).
 */
export function ProtectionLayer(props: {
  decision: Decision | null;
  remainingMs: number | null;
  pinFrameSrc: string;
  reported: boolean;
  onReport: () => void;
}) {
  const d = props.decision;
  return (
    <div class="lg-layer">
      {d?.gate ? <GateView gate={d.gate} curfewEndsAt={d.curfewEndsAt} timeZone={d.timeZone} pinFrameSrc={props.pinFrameSrc} /> : null}
      <div class="lg-corner">
        {d?.active && props.remainingMs !== null && !d.gate ? <Countdown remainingMs={props.remainingMs} /> : null}
        <button type="button" data-liveguard="report-minor-host" disabled={props.reported} onClick={props.onReport}>
          {props.reported ? t('protReportedMinorHost') : t('protReportMinorHost')}
        </button>
      </div>
    </div>
  );
}
