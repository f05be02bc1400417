import { t } from '@/lib/i18n';
import type { RefundRequest } from '@/lib/protection/refund-request';
import type { SiteId } from '@/lib/model';
import { entryText, when } from './log-text';

// literal t('…') calls so the i18n key test sees each one
const CHANNEL: Record<SiteId, () => string> = {
  douyin: () => t('refundChannel_douyin'),
  kuaishou: () => t('refundChannel_kuaishou'),
  taobao: () => t('refundChannel_taobao'),
  bilibili: () => t('refundChannel_bilibili'),
  tiktok: () => t('refundChannel_tiktok'),
  youtube: () => t('refundChannel_youtube'),
  twitch: () => t('refundChannel_twitch'),
};

/** The printable refund request (issue 24): the guardian's facts, LiveGuard's records, where to send it. */
export function RefundRequestView({ r }: { r: RefundRequest }) {
  const f = r.form;
  return (
    <article data-liveguard="refund-request" data-print-part="refund">
      <h3>{t('refundHeading', f.site)}</h3>
      <h4>{t('refundWhere')}</h4>
      <p data-liveguard="refund-channel" data-confirmed={String(r.channel.confirmed)}>
        {CHANNEL[f.site]()} {r.channel.url ? <a href={r.channel.url}>{r.channel.url}</a> : <strong>{t('refundNoUrl')}</strong>}
      </p>
      {r.channel.sources.length ? <p><small>{t('refundSources')} {r.channel.sources.join(' · ')}</small></p> : null}
      <dl>
        <dt>{t('refundAccount')}</dt>
        <dd>{f.account}</dd>
        <dt>{t('refundChildAge')}</dt>
        <dd>{f.childAge}</dd>
        {f.guardianName ? (<><dt>{t('refundGuardian')}</dt><dd>{f.guardianName}</dd></>) : null}
        {f.contact ? (<><dt>{t('refundContact')}</dt><dd>{f.contact}</dd></>) : null}
      </dl>
      <h4>{t('refundPayments')}</h4>
      <ul data-liveguard="refund-payments">
        {f.payments.map((p, i) => (
          <li key={i} data-at={p.at}>{when(p.at)} · {p.amount} {p.currency}{p.note ? ` · ${p.note}` : ''}</li>
        ))}
      </ul>
      <p data-liveguard="refund-total">{t('refundTotal')} {r.total.map((x) => `${x.amount} ${x.currency}`).join(' + ')}</p>
      <h4>{t('refundEvidence', [when(r.period.from), when(r.period.to)])}</h4>
      <p>{t('refundEvidenceNote')}</p>
      <h5>{t('refundRooms')}</h5>
      {r.visits.length === 0 ? <p>{t('refundNone')}</p> : null}
      <ul data-liveguard="refund-visits">
        {r.visits.map((v, i) => (
          <li key={i} data-from={v.from} data-to={v.to}>
            {when(v.from)} – {when(v.to)} · {v.site} {v.roomId}{v.hostName ? ` · ${v.hostName}` : ''} · {t('refundTipControls', String(v.tipButtons))}
          </li>
        ))}
      </ul>
      <h5>{t('refundLog')}</h5>
      {r.log.length === 0 ? <p>{t('refundNone')}</p> : null}
      <ul data-liveguard="refund-log">
        {r.log.map((e, i) => (
          <li key={i} data-kind={e.kind} data-at={e.at}>{when(e.at)} · {entryText(e)}{e.roomId ? ` · ${e.site ?? ''} ${e.roomId}` : ''}</li>
        ))}
      </ul>
      <h4>{t('refundAttach')}</h4>
      <p>{t('refundAttachList')}</p>
    </article>
  );
}
