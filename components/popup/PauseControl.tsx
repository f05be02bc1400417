/**
 * "Pause warnings in this room for an hour" (issue 18 item 2): one switch, like uBlock Origin's.
 * While paused it says how long is left and offers to resume; it says plainly that criticals and
 * the minor reminder are never paused (lib/overlay/room-pause.ts).
 */
import { t } from '@/lib/i18n';
import type { PauseView } from '@/lib/room/dashboard';
import { Button } from '../design/Button';
import { Card } from '../design/Card';

export function PauseControl(props: { pause: PauseView; busy: boolean; onPause(): void; onResume(): void }) {
  const { pause } = props;
  return (
    <Card class="lg-pd-card" tone={pause.active ? 'accent' : 'default'} data-liveguard="popup-pause" data-paused={pause.active ? 'true' : 'false'} data-until={pause.until ?? ''}>
      {pause.active ? (
        <>
          <p role="status">{t('pdPaused', String(pause.minutesLeft))}</p>
          <Button variant="primary" data-liveguard-action="popup-resume" disabled={props.busy} onClick={props.onResume}>
            {t('pdResume')}
          </Button>
        </>
      ) : (
        <Button data-liveguard-action="popup-pause" disabled={props.busy} onClick={props.onPause}>
          {t('pdPause')}
        </Button>
      )}
      <p class="lg-pd-muted">{t('pdPauseNote')}</p>
    </Card>
  );
}
