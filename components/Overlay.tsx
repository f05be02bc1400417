import { t } from '@/lib/i18n';
import type { Finding } from '@/lib/model';

/** Root of the in-page overlay; presentational (props in, events out). */
export function Overlay(props: { findings: Finding[] }) {
  return (
    <div class="lg-root" role="region" aria-label={t('overlayTitle')}>
      {props.findings.map((f, i) => (
        <div key={i} data-liveguard-finding={f.category} data-severity={f.severity}>
          {f.matched.text}
        </div>
      ))}
    </div>
  );
}
