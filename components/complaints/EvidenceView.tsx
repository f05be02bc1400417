import type { Evidence } from '@/lib/complaints/schema';
import { PriceEvidence } from '../price/PriceEvidence';
import { HASH_LABEL_KEY, reasonLabelKey, siteLabelKey } from '@/lib/complaints/label-keys';
import { formatWhen } from '@/lib/complaints/time-format';
import { t } from '@/lib/i18n';

const money = (n: number | null) => (n === null ? '—' : `¥${n}`);

/** The evidence captured at filing, read-only, with its digests and whether they still match. */
export function EvidenceView(props: { evidence: Evidence; screenshotUrl: string | null; intact: boolean | null; timeZone: string }) {
  const e = props.evidence;
  const when = (at: number, seconds = false) => formatWhen(at, props.timeZone, { seconds });
  return (
    <section class="evidence" data-liveguard="complaint-evidence">
      <h3>{t('cpEvidence')}</h3>
      <p data-liveguard="evidence-integrity" data-intact={String(props.intact)}>
        {props.intact === null ? t('cpChecking') : props.intact ? t('cpIntact') : t('cpTampered')}
      </p>
      <dl>
        <dt>{t('cpCapturedAt')}</dt><dd data-liveguard="evidence-time">{when(e.capturedAt)}</dd>
        <dt>{t('complaintPlatform')}</dt><dd>{t(siteLabelKey(e.page.site))} · {e.page.roomTitle ?? e.page.roomId}</dd>
        <dt>{t('cpRoomUrl')}</dt><dd>{e.page.url}</dd>
        <dt>{t('complaintHost')}</dt><dd>{e.page.hostName ?? '—'}{e.page.hostId ? ` (${e.page.hostId})` : ''}</dd>
        <dt>{t('cpProductTitle')}</dt><dd data-liveguard="evidence-product-title">{e.product?.title || '—'}</dd>
        <dt>{t('cpPrice')}</dt><dd data-liveguard="evidence-product-price">{money(e.product?.price ?? null)}</dd>
        <dt>{t('cpOriginalPrice')}</dt><dd data-liveguard="evidence-product-original">{money(e.product?.originalPrice ?? null)}</dd>
        {e.page.seller ? <><dt>{t('cpSellerDisclosed')}</dt><dd data-liveguard="evidence-seller"><bdi>{[e.page.seller.name, e.page.seller.url, e.page.seller.licenceUrl].filter(Boolean).join(' · ')}</bdi></dd></> : null}
        {e.product?.seller ? <><dt>{t('cpSeller')}</dt><dd>{e.product.seller}</dd></> : null}
        {e.priceHistory && <PriceEvidence points={e.priceHistory} tz={props.timeZone} />}
      </dl>
      <p class="note">{t('cpClockNote', [props.timeZone])}</p>
      {e.screenshot ? (
        props.screenshotUrl ? <img data-liveguard="evidence-screenshot" src={props.screenshotUrl} alt={t('cpScreenshot')} /> : <p class="warn">{t('cpScreenshotMissing')}</p>
      ) : (
        <p class="warn" data-liveguard="no-screenshot">{t('cpNoScreenshotBecause', [t(reasonLabelKey(e.noScreenshotReason ?? 'capture_failed'))])}</p>
      )}
      <details>
        <summary>{t('cpChat', [String(e.chat.length)])}</summary>
        <ol>{e.chat.map((o, i) => <li key={i}>{o.at ? <time>{when(o.at, true)} </time> : null}{o.author ? <b>{o.author}: </b> : null}{o.text}</li>)}</ol>
      </details>
      <details>
        <summary>{t('cpFindings', [String(e.findings.length)])}</summary>
        <ol>{e.findings.map((f, i) => <li key={i}><time>{when(f.at)}</time> {t(`cat_${f.finding.category}`)} · {f.finding.matched.text}</li>)}</ol>
      </details>
      <details>
        <summary>SHA-256</summary>
        <table>
          {(Object.keys(HASH_LABEL_KEY) as (keyof typeof HASH_LABEL_KEY)[]).map((k) => <tr key={k}><th>{t(HASH_LABEL_KEY[k])}</th><td><code>{e.hashes[k] ?? '—'}</code></td></tr>)}
          <tr><th>{t('cpRecord')}</th><td><code data-liveguard="record-hash">{e.recordHash}</code></td></tr>
        </table>
        <p class="note">{t('cpHashHowTo')}</p>
      </details>
    </section>
  );
}
