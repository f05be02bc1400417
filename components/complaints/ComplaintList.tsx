import type { Complaint } from '@/lib/complaints/schema';
import { ageDays, limitState, missingFields } from '@/lib/complaints/completeness';
import { siteLabelKey } from '@/lib/complaints/label-keys';
import { formatDay, formatWhen } from '@/lib/complaints/time-format';
import { t } from '@/lib/i18n';

/** One row per complaint; picking one opens its detail. Each row shows its age and the 12315 deadline (R-COMPLAINT-26). */
export function ComplaintList(props: { items: Complaint[]; selected: string | null; onSelect(id: string): void; timeZone: string; now: number }) {
  if (props.items.length === 0) return <p data-liveguard="complaint-list-empty">{t('cpEmpty')}</p>;
  return (
    <ul class="list" data-liveguard="complaint-list">
      {props.items.map((c) => (
        <li key={c.id} data-complaint-id={c.id} aria-current={props.selected === c.id ? 'true' : undefined}>
          <button type="button" class="row" onClick={() => props.onSelect(c.id)}>
            <time>{formatWhen(c.evidence.capturedAt, props.timeZone)}</time> <strong>{t(`cat_${c.subject.category}`)}</strong>{' '}
            <span>{t(siteLabelKey(c.evidence.page.site))} · {c.evidence.page.hostName ?? c.evidence.page.roomId}</span>{' '}
            <span class="status">{t(`status_${c.status}`)}</span>
            {missingFields(c).length > 0 && <span class="warn"> · {t('cpIncomplete')}</span>}{' '}
            <AgeAndDeadline eventAt={c.evidence.capturedAt} now={props.now} timeZone={props.timeZone} />
          </button>
        </li>
      ))}
    </ul>
  );
}

/** the limit counts from the capture, like the detail's reminder and the report's 期限 (completeness.ts limitDate) */
function AgeAndDeadline(props: { eventAt: number; now: number; timeZone: string }) {
  const s = limitState(props.eventAt, props.now);
  const args = [String(ageDays(props.eventAt, props.now)), formatDay(s.deadline.getTime(), props.timeZone)];
  return (
    <span class={`age limit-${s.state}`} data-liveguard="complaint-age" data-state={s.state}>
      {t(s.state === 'expired' ? 'cpAgeExpired' : 'cpAgeDeadline', args)}
    </span>
  );
}
