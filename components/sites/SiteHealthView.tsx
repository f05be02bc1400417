/**
 * Site health in the popup (issue 17): one line per part (chat, host, title, product, counters)
 * saying how it is read; when a part fails, what still works; a "this page broke" button (the
 * container saves the page's skeleton). Presentational: props in, events out.
 */
import { t } from '@/lib/i18n';
import type { SiteHealth } from '@/lib/sites/health';

export function SiteHealthView({ health, onReport }: { health: SiteHealth; onReport?: () => void }) {
  return (
    <section data-liveguard="site-health" data-status={health.status} data-site={health.site}>
      <h2>{t('siteHealthTitle')}</h2>
      <ul>
        {health.parts.map((p) => (
          <li key={p.part} data-part={p.part} data-how={p.how}>
            {t(`sitePart_${p.part}`)}: {t(`siteHow_${p.how}`)}
          </li>
        ))}
      </ul>
      {health.status === 'broken' ? <p data-liveguard="site-health-note">{t('siteHealthBroken')}</p> : null}
      {health.status !== 'ok' && health.stillWorks.length ? (
        <p data-liveguard="site-health-still">
          {t('siteHealthStillWorks')} {health.stillWorks.map((p) => t(`sitePart_${p}`)).join('、')}
        </p>
      ) : null}
      {onReport ? (
        <button type="button" data-liveguard-action="report-page-broke" onClick={onReport}>
          {t('siteReportBroke')}
        </button>
      ) : null}
    </section>
  );
}
