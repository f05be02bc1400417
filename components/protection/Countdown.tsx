import { t } from '@/lib/i18n';

/** The day's remaining viewing time, mm:ss (R-MINOR-10: a visible countdown). */
export function Countdown(props: { remainingMs: number }) {
  const s = Math.max(0, Math.ceil(props.remainingMs / 1000));
  const text = `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  return (
    <div class="lg-countdown" data-liveguard="protection-countdown" role="timer" aria-live="off">
      {t('protCountdown', text)}
    </div>
  );
}
