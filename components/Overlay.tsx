import type { Finding } from '@/lib/model';

/** Root of the in-page overlay; presentational (props in, events out). */
export function Overlay(props: { findings: Finding[] }) {
  return (
    <div class="lg-root" role="region" aria-label={browser.i18n.getMessage('overlayTitle')}>
      {props.findings.map((f, i) => (
        <div key={i} data-liveguard-finding={f.category} data-severity={f.severity}>
          {f.matched.text}
        </div>
      ))}
    </div>
  );
}
