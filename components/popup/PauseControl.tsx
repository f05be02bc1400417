/**
 * "Pause warnings in this room for an hour" (issue 18 item 2): one switch, like uBlock Origin's.
 * While paused it says how long is left and offers to resume; it says plainly that criticals and
 * the minor reminder are never paused (lib/overlay/room-pause.ts).
 */
import { t } from '@/lib/i18n';
import type { PauseView } from '@/lib/room/dashboard';

export function PauseControl(props: { pause: PauseView; busy: boolean; onPause(): void; onResume(): void }) {
  const { pause } = props;
  return (
    <section class="lg-pd-card" data-liveguard="popup-pause" data-paused={pause.active ? 'true' : 'false'} data-until={pause.until ?? ''}>
      {pause.active ? (
        <>
          <p role="status">{t('pdPaused', String(pause.minutesLeft))}</p>
          <button type="button" class="lg-pd-button" data-liveguard-action="popup-resume" disabled={props.busy} onClick={props.onResume}>
            {t('pdResume')}
          </button>
        </>
      ) : (
        <button type="button" class="lg-pd-button" data-liveguard-action="popup-pause" disabled={props.busy} onClick={props.onPause}>
          {t('pdPause')}
        </button>
      )}
      <p class="lg-pd-muted">{t('pdPauseNote')}</p>
    </section>
  );
}
