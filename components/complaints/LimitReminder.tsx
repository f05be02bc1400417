import { limitState } from '@/lib/complaints/completeness';
import { formatDay } from '@/lib/complaints/time-format';
import { t } from '@/lib/i18n';

/** The 3-year limit for market-regulation complaints (R-COMPLAINT-18), counted from the capture. */
export function LimitReminder(props: { eventAt: number; now: number; timeZone: string }) {
  const s = limitState(props.eventAt, props.now);
  const day = formatDay(s.deadline.getTime(), props.timeZone);
  return (
    <p class={`limit limit-${s.state}`} data-liveguard="complaint-limit" data-state={s.state}>
      {s.state === 'expired' ? t('cpLimitExpired', [day]) : t('cpLimit', [day, String(s.daysLeft)])}
    </p>
  );
}
