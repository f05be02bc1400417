/**
 * The popup outside a room or on an unsupported tab (issue 18 item 2): what LiveGuard protects,
 * and the supported sites, listed from the site descriptors (lib/sites/supported.ts).
 */
import { t } from '@/lib/i18n';
import { siteLabelKey } from '@/lib/complaints/label-keys';
import type { SupportedSite } from '@/lib/sites/supported';
import { Card } from '../design/Card';

export function OutsideRoom({ sites }: { sites: readonly SupportedSite[] }) {
  return (
    <section data-liveguard="popup-outside" aria-labelledby="lg-pd-outside">
      <h2 id="lg-pd-outside">{t('pdOutsideTitle')}</h2>
      <Card class="lg-pd-card" tone="accent">
        <p>{t('pdProtects')}</p>
      </Card>
      <h3>{t('pdSupported')}</h3>
      <ul class="lg-pd-sites" data-liveguard="popup-sites">
        {sites.map((s) => (
          <li key={s.id} data-site={s.id}>
            <strong>{t(siteLabelKey(s.id))}</strong> <span class="lg-pd-muted">{s.hosts.join(' · ')}</span>
          </li>
        ))}
      </ul>
      <p class="lg-pd-muted">{t('pdSupportedNote')}</p>
    </section>
  );
}
