import { COMPLAINT_STATUSES, type Complaint, type ComplaintStatus } from '@/lib/complaints/schema';
import { formatWhen } from '@/lib/complaints/time-format';
import { t } from '@/lib/i18n';

/** Status with the date of each change (R-COMPLAINT-19). */
export function StatusControl(props: { complaint: Complaint; onChange(s: ComplaintStatus): void; timeZone: string }) {
  const c = props.complaint;
  return (
    <div class="status-control" data-liveguard="complaint-status">
      <label>{t('cpStatus')}{' '}
        <select name="status" value={c.status} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as ComplaintStatus)}>
          {COMPLAINT_STATUSES.map((s) => <option key={s} value={s}>{t(`status_${s}`)}</option>)}
        </select>
      </label>
      <ol class="history">
        {c.statusHistory.map((h, i) => (
          <li key={i}><time>{formatWhen(h.at, props.timeZone)}</time> {t(`status_${h.status}`)}</li>
        ))}
      </ol>
    </div>
  );
}
