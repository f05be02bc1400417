import { useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '@/lib/taxonomy';
import type { PageEvidence, Product } from '@/lib/complaints/schema';
import { reasonLabelKey, siteLabelKey } from '@/lib/complaints/label-keys';
import { formatWhen } from '@/lib/complaints/time-format';
import { t } from '@/lib/i18n';
import type { PriceEvidencePoint } from '@/lib/price/schema';
import { PriceEvidence } from '../price/PriceEvidence';

export interface FilingPrefill {
  category: Category;
  matchedText: string;
  at: number;
  page: PageEvidence;
  product: Product | null;
  /** the product's price history this browser saw (issue 19), attached to the evidence */
  priceHistory?: PriceEvidencePoint[];
}
export type FilingStatus =
  | { kind: 'editing' }
  | { kind: 'saving' }
  | { kind: 'saved'; screenshot: boolean; reason: string | null; declined?: boolean }
  | { kind: 'error'; message: string };

/**
 * The in-overlay complaint form (R-COMPLAINT-16): prefilled from the finding and the room, the
 * viewer adds what happened and what they ask for. Sharing is off unless ticked, per complaint.
 */
export type FilingValues = { category: Category; facts: string; request: string; share: boolean };
const money = (n: number | null) => (n === null ? '—' : `¥${n}`);

/**
 * `askGrant`: the first filing without the screenshot permission (issue 23). The form explains why
 * and offers one step, "allow screenshots and save", beside "save without"; `onSubmit`'s second
 * argument says which (true: ask the browser inside this click; false: declined; null: not asked).
 */
export function FilingForm(props: {
  prefill: FilingPrefill;
  status: FilingStatus;
  timeZone: string;
  askGrant: boolean;
  onSubmit(v: FilingValues, grant: boolean | null): void;
  onClose(): void;
}) {
  const { prefill: p, status } = props;
  const [category, setCategory] = useState<Category>(p.category);
  const [facts, setFacts] = useState('');
  const [request, setRequest] = useState('');
  const [share, setShare] = useState(false);
  const busy = status.kind === 'saving' || status.kind === 'saved';
  return (
    <section class="lg-complaint" role="dialog" aria-labelledby="lg-complaint-title" data-liveguard="complaint-form">
      <h2 id="lg-complaint-title">{t('complaintFormTitle')}</h2>
      <dl class="lg-complaint-facts">
        <dt>{t('complaintPlatform')}</dt><dd>{t(siteLabelKey(p.page.site))} · {p.page.roomId}</dd>
        <dt>{t('complaintRoomTitle')}</dt><dd><bdi>{p.page.roomTitle ?? '—'}</bdi></dd>
        <dt>{t('complaintHost')}</dt><dd>{p.page.hostName ?? '—'} {p.page.hostId ? `(${p.page.hostId})` : ''}</dd>
        <dt>{t('cpProductTitle')}</dt><dd data-liveguard="form-product-title">{p.product?.title || '—'}</dd>
        <dt>{t('cpPrice')} / {t('cpOriginalPrice')}</dt><dd data-liveguard="form-product-price">{money(p.product?.price ?? null)} / {money(p.product?.originalPrice ?? null)}</dd>
        {p.page.seller ? <><dt>{t('cpSellerDisclosed')}</dt><dd data-liveguard="form-seller"><bdi>{[p.page.seller.name, p.page.seller.url, p.page.seller.licenceUrl].filter(Boolean).join(' · ')}</bdi></dd></> : null}
        {p.product?.seller ? <><dt>{t('cpSeller')}</dt><dd>{p.product.seller}</dd></> : null}
        {p.priceHistory && <PriceEvidence points={p.priceHistory} tz={props.timeZone} />}
        <dt>{t('complaintTime')}</dt><dd data-liveguard="form-time">{formatWhen(p.at, props.timeZone)}</dd>
        <dt>{t('complaintMatched')}</dt><dd><q>{p.matchedText}</q></dd>
      </dl>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) props.onSubmit({ category, facts, request, share }, props.askGrant ? true : null);
        }}
      >
        <label>
          {t('complaintCategory')}
          <select name="category" value={category} onChange={(e) => setCategory((e.currentTarget as HTMLSelectElement).value as Category)}>
            {CATEGORIES.map((c) => <option key={c} value={c}>{t(`cat_${c}`)}</option>)}
          </select>
        </label>
        <label>
          {t('complaintFacts')}
          <textarea name="facts" rows={3} value={facts} onInput={(e) => setFacts((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
        <label>
          {t('complaintRequest')}
          <textarea name="request" rows={2} value={request} onInput={(e) => setRequest((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
        <label class="lg-check">
          <input type="checkbox" name="share" checked={share} onChange={(e) => setShare((e.currentTarget as HTMLInputElement).checked)} />
          {t('complaintShare')}
        </label>
        {status.kind === 'saved' && (
          <p role="status" data-liveguard="complaint-saved" data-screenshot={String(status.screenshot)}>
            {t('complaintSaved')}{' '}
            {status.screenshot
              ? t('complaintWithScreenshot')
              : status.declined
                ? t('cpGrantDenied')
                : status.reason && status.reason !== 'no_permission'
                  ? t('cpNoScreenshotBecause', [t(reasonLabelKey(status.reason))])
                  : t('complaintNoScreenshot')}
          </p>
        )}
        {status.kind === 'error' && <p role="alert" class="lg-error" data-liveguard="complaint-error">{status.message}</p>}
        <div class="lg-actions">
          {status.kind !== 'saved' && props.askGrant && (
            <>
              <p class="lg-grant-why" data-liveguard="grant-why">{t('cpGrantWhy')}</p>
              <button type="submit" class="lg-btn lg-primary" data-liveguard-action="complaint-grant-submit" disabled={busy}>
                {t('cpGrantAndFile')}
              </button>
              <button type="button" class="lg-btn" data-liveguard-action="complaint-submit-without" disabled={busy}
                onClick={() => !busy && props.onSubmit({ category, facts, request, share }, false)}>
                {t('cpFileWithoutShot')}
              </button>
            </>
          )}
          {status.kind !== 'saved' && !props.askGrant && (
            <button type="submit" class="lg-btn lg-primary" data-liveguard-action="complaint-submit" disabled={busy}>
              {t('complaintSubmit')}
            </button>
          )}
          <button type="button" class="lg-btn" onClick={props.onClose}>{status.kind === 'saved' ? t('complaintClose') : t('complaintCancel')}</button>
        </div>
      </form>
    </section>
  );
}
