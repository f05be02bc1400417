import type { Evidence } from '@/lib/complaints/schema';
import { PriceEvidence } from '../price/PriceEvidence';
import { t } from '@/lib/i18n';

/** The evidence captured at filing, read-only, with its digests and whether they still match. */
export function EvidenceView(props: { evidence: Evidence; screenshotUrl: string | null; intact: boolean | null }) {
  const e = props.evidence;
  return (
    <section class="evidence" data-liveguard="complaint-evidence">
      <h3>{t('cpEvidence')}</h3>
      <p data-liveguard="evidence-integrity" data-intact={String(props.intact)}>
        {props.intact === null ? t('cpChecking') : props.intact ? t('cpIntact') : t('cpTampered')}
      </p>
      <dl>
        <dt>{t('complaintTime')}</dt><dd>{new Date(e.capturedAt).toLocaleString()}</dd>
        <dt>{t('complaintPlatform')}</dt><dd>{e.page.site} · {e.page.url}</dd>
        <dt>{t('complaintHost')}</dt><dd>{e.page.hostName ?? '—'} ({e.page.hostId ?? '—'})</dd>
        <dt>{t('complaintProduct')}</dt><dd>{e.product ? `${e.product.title} · ${e.product.price ?? '—'} / ${e.product.originalPrice ?? '—'}` : '—'}</dd>
        {e.priceHistory && <PriceEvidence points={e.priceHistory} tz={Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'} />}
      </dl>
      {e.screenshot ? (
        props.screenshotUrl ? <img data-liveguard="evidence-screenshot" src={props.screenshotUrl} alt={t('cpScreenshot')} /> : <p class="warn">{t('cpScreenshotMissing')}</p>
      ) : (
        <p class="warn" data-liveguard="no-screenshot">{t('complaintNoScreenshot')}</p>
      )}
      <details>
        <summary>{t('cpChat', [String(e.chat.length)])}</summary>
        <ol>{e.chat.map((o, i) => <li key={i}>{o.author ? <b>{o.author}: </b> : null}{o.text}</li>)}</ol>
      </details>
      <details>
        <summary>{t('cpFindings', [String(e.findings.length)])}</summary>
        <ol>{e.findings.map((f, i) => <li key={i}>{t(`cat_${f.finding.category}`)} · {f.finding.matched.text}</li>)}</ol>
      </details>
      <details>
        <summary>SHA-256</summary>
        <table>
          {Object.entries(e.hashes).map(([k, v]) => <tr key={k}><th>{k}</th><td><code>{v ?? '—'}</code></td></tr>)}
          <tr><th>{t('cpRecord')}</th><td><code data-liveguard="record-hash">{e.recordHash}</code></td></tr>
        </table>
      </details>
    </section>
  );
}
