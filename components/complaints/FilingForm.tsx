import { useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '@/lib/taxonomy';
import type { PageEvidence, Product } from '@/lib/complaints/schema';
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
  | { kind: 'saved'; screenshot: boolean; reason: string | null }
  | { kind: 'error'; message: string };

/**
 * The in-overlay complaint form (R-COMPLAINT-16): prefilled from the finding and the room, the
 * viewer adds what happened and what they ask for. Sharing is off unless ticked, per complaint.
 */
export function FilingForm(props: {
  prefill: FilingPrefill;
  status: FilingStatus;
  onSubmit(v: { category: Category; facts: string; request: string; share: boolean }): void;
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
        <dt>{t('complaintPlatform')}</dt><dd>{p.page.site} · {p.page.roomId}</dd>
        <dt>{t('complaintRoomTitle')}</dt><dd><bdi>{p.page.roomTitle ?? '—'}</bdi></dd>
        <dt>{t('complaintHost')}</dt><dd>{p.page.hostName ?? '—'} {p.page.hostId ? `(${p.page.hostId})` : ''}</dd>
        <dt>{t('complaintProduct')}</dt><dd>{p.product ? `${p.product.title} ${p.product.price ?? ''} / ${p.product.originalPrice ?? ''}` : '—'}</dd>
        {p.priceHistory && <PriceEvidence points={p.priceHistory} tz={Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'} />}
        <dt>{t('complaintTime')}</dt><dd>{new Date(p.at).toLocaleString()}</dd>
        <dt>{t('complaintMatched')}</dt><dd><q>{p.matchedText}</q></dd>
      </dl>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) props.onSubmit({ category, facts, request, share });
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
            {t('complaintSaved')} {status.screenshot ? t('complaintWithScreenshot') : t('complaintNoScreenshot')}
          </p>
        )}
        {status.kind === 'error' && <p role="alert" class="lg-error" data-liveguard="complaint-error">{status.message}</p>}
        <div class="lg-actions">
          {status.kind !== 'saved' && (
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
