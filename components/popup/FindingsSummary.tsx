/** The room's findings in the popup (issue 18 item 2): a count per tier, then the latest three. */
import { t } from '@/lib/i18n';
import type { DashboardModel } from '@/lib/room/dashboard';
import { Badge } from '../design/Badge';
import { Card } from '../design/Card';

export function FindingsSummary({ model }: { model: DashboardModel }) {
  return (
    <Card
      class="lg-pd-card"
      title={
        <>
          {t('pdFindings')} <span class="lg-pd-muted">{t('popupRoomFindings', String(model.total))}</span>
        </>
      }
      data-liveguard="popup-findings"
      data-total={model.total}
      data-worst={model.worst ?? 'none'}
    >
      <ul class="lg-pd-tiers">
        {model.tiers.map((tier) => (
          <li key={tier.severity} class="lg-pd-tier" data-severity={tier.severity} data-count={tier.count}>
            <span class="lg-pd-tier-count">{tier.count}</span> {t(`sev_${tier.severity}`)}
          </li>
        ))}
      </ul>
      {model.latest.length > 0 ? (
        <>
          <h3>{t('pdLatest')}</h3>
          <ol class="lg-pd-latest" data-liveguard="popup-latest">
            {model.latest.map((f) => (
              <li key={`${f.at}-${f.category}-${f.ruleId}`} data-severity={f.severity} data-category={f.category} data-at={f.at}>
                <Badge tone={f.severity}>{t(`sev_${f.severity}`)}</Badge> {t(`cat_${f.category}`)}{' '}
                <span class="lg-pd-muted">
                  {new Date(f.at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', hour12: false })} · {f.ruleId}
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p class="lg-pd-muted">{t('pdNoFindings')}</p>
      )}
    </Card>
  );
}
