import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { CreditViewModel } from '@/lib/credit/view-model';
import type { CreditAnswer } from '@/lib/credit/protocol';
import { LEVEL_BASIS_KEYS } from '@/lib/credit/levels';
import type { Placement } from '@/lib/credit/anchor';
import { BlacklistMark, CreditChip } from './CreditChip';
import { SellerFacts } from './SellerFacts';
import type { SellerView } from '@/lib/sites/seller-check';

const day = (ms: number) => new Date(ms).toLocaleString();

/**
 * The detail card (R-CREDIT-13): level, counts, blacklist source/reason/date, last update, how the
 * level is computed, and the viewer's own complaints against this host. Text only; Escape closes.
 */
export function CreditCard(props: { model: CreditViewModel; mine: CreditAnswer['myComplaints']; hostName: string | null; seller?: SellerView; placement: Placement; onClose(): void }) {
  const { model, mine, placement } = props;
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  // below the badge, kept inside the viewport (the card is at most 360px wide)
  const style = placement.mode === 'anchored' ? { left: `${Math.max(4, Math.min(placement.left - 120, window.innerWidth - 364))}px`, top: `${placement.top + 32}px` } : undefined;
  const b = model.blacklist;
  return (
    <div
      id="lg-credit-card"
      class={`lg-credit-card lg-credit-${placement.mode}`}
      style={style}
      role="dialog"
      aria-labelledby="lg-credit-title"
      data-liveguard="credit-card"
      data-credit-level={model.state}
      onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
    >
      <header>
        <h2 id="lg-credit-title">
          {t('creditCardTitle')}
          {props.hostName && <span class="lg-credit-host">{props.hostName}</span>}
        </h2>
        <button type="button" class="lg-btn" ref={closeRef} data-liveguard-action="credit-close" onClick={props.onClose}>
          {t('creditCardClose')}
        </button>
      </header>
      <div class="lg-credit-marks">
        <CreditChip state={model.state} />
        {model.blacklisted && <BlacklistMark />}
      </div>
      {model.counts ? (
        <dl class="lg-credit-facts" data-liveguard="credit-counts">
          <dt>{t('creditLevel')}</dt>
          <dd data-field="level">{model.level}/5</dd>
          <dt>{t('creditComplaints')}</dt>
          <dd data-field="complaints">{model.counts.complaints}</dd>
          <dt>{t('creditPenalties')}</dt>
          <dd data-field="platformPenalties">{model.counts.platformPenalties}</dd>
          <dt>{t('creditNotices')}</dt>
          <dd data-field="regulatorNotices">{model.counts.regulatorNotices}</dd>
          <dt>{t('creditRecordUpdated')}</dt>
          <dd data-field="updated">{model.recordUpdated}</dd>
        </dl>
      ) : (
        <p data-liveguard="credit-no-record">{t(model.state === 'unavailable' ? 'creditUnavailableText' : 'creditNoRecordText')}</p>
      )}
      {b && (
        <section class="lg-credit-blacklist" data-liveguard="credit-blacklist">
          <h3>{t('creditBlacklistTitle')}</h3>
          <dl class="lg-credit-facts">
            <dt>{t('creditBlacklistReason')}</dt>
            <dd data-field="reason">{b.reason}</dd>
            <dt>{t('creditBlacklistSource')}</dt>
            <dd data-field="source">
              {b.source}
              {b.from === 'bundle' && ` ${t('creditBlacklistFromBundle')}`}
            </dd>
            <dt>{t('creditBlacklistSince')}</dt>
            <dd data-field="since">{b.since}</dd>
          </dl>
        </section>
      )}
      {props.seller && <SellerFacts view={props.seller} />}
      {model.fetchedAt != null && (
        <p class="lg-credit-checked" data-field="checked">
          {t('creditCheckedAt')}: {day(model.fetchedAt)} {model.stale && t('creditStale')}
        </p>
      )}
      <details class="lg-credit-how">
        <summary>{t('creditHowTitle')}</summary>
        {LEVEL_BASIS_KEYS.map((k) => (
          <p key={k}>{t(k)}</p>
        ))}
      </details>
      <section data-liveguard="credit-my-complaints" data-count={mine.total}>
        <h3>{t('creditMyComplaints')}</h3>
        {mine.total === 0 ? (
          <p>{t('creditMyComplaintsNone')}</p>
        ) : (
          <>
            <p>{t('creditMyComplaintsCount', String(mine.total))}</p>
            <ul>
              {mine.recent.map((c) => (
                <li key={c.id}>
                  <time>{day(c.createdAt)}</time> · {t(`cat_${c.category}`)} · {t(`status_${c.status}`)}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
