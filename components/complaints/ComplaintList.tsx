import type { Complaint } from '@/lib/complaints/schema';
import { missingFields } from '@/lib/complaints/completeness';
import { siteLabelKey } from '@/lib/complaints/label-keys';
import { formatWhen } from '@/lib/complaints/time-format';
import { t } from '@/lib/i18n';

/** One row per complaint; picking one opens its detail. */
export function ComplaintList(props: { items: Complaint[]; selected: string | null; onSelect(id: string): void; timeZone: string }) {
  if (props.items.length === 0) return <p data-liveguard="complaint-list-empty">{t('cpEmpty')}</p>;
  return (
    <ul class="list" data-liveguard="complaint-list">
      {props.items.map((c) => (
        <li key={c.id} data-complaint-id={c.id} aria-current={props.selected === c.id ? 'true' : undefined}>
          <button type="button" class="row" onClick={() => props.onSelect(c.id)}>
            <time>{formatWhen(c.evidence.capturedAt, props.timeZone)}</time> <strong>{t(`cat_${c.subject.category}`)}</strong>{' '}
            <span>{t(siteLabelKey(c.evidence.page.site))} · {c.evidence.page.hostName ?? c.evidence.page.roomId}</span>{' '}
            <span class="status">{t(`status_${c.status}`)}</span>
            {missingFields(c).length > 0 && <span class="warn"> · {t('cpIncomplete')}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
