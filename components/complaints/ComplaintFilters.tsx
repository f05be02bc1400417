import { SITE_IDS } from '@/lib/model';
import { CATEGORIES } from '@/lib/taxonomy';
import { COMPLAINT_STATUSES } from '@/lib/complaints/schema';
import type { ComplaintFilter } from '@/lib/complaints/filter';
import { siteLabelKey } from '@/lib/complaints/label-keys';
import { t } from '@/lib/i18n';

/** Filters by status, platform, category and capture date (R-COMPLAINT-19). */
export function ComplaintFilters(props: { value: ComplaintFilter; onChange(f: ComplaintFilter): void }) {
  const v = props.value;
  const set = (k: keyof ComplaintFilter) => (e: Event) => props.onChange({ ...v, [k]: (e.currentTarget as HTMLInputElement).value });
  return (
    <fieldset class="filters" data-liveguard="complaint-filters">
      <legend>{t('cpFilters')}</legend>
      <label>{t('cpStatus')} <select name="status" value={v.status} onChange={set('status')}>
        <option value="">{t('cpAll')}</option>
        {COMPLAINT_STATUSES.map((s) => <option key={s} value={s}>{t(`status_${s}`)}</option>)}
      </select></label>
      <label>{t('complaintPlatform')} <select name="site" value={v.site} onChange={set('site')}>
        <option value="">{t('cpAll')}</option>
        {SITE_IDS.map((s) => <option key={s} value={s}>{t(siteLabelKey(s))}</option>)}
      </select></label>
      <label>{t('complaintCategory')} <select name="category" value={v.category} onChange={set('category')}>
        <option value="">{t('cpAll')}</option>
        {CATEGORIES.map((c) => <option key={c} value={c}>{t(`cat_${c}`)}</option>)}
      </select></label>
      <label>{t('cpFrom')} <input type="date" name="from" value={v.from} onChange={set('from')} /></label>
      <label>{t('cpTo')} <input type="date" name="to" value={v.to} onChange={set('to')} /></label>
    </fieldset>
  );
}
