import { t } from '@/lib/i18n';
import { SiteIdSchema } from '@/lib/model';
import type { RefundRequest } from '@/lib/protection/refund-request';
import { RefundRequestView } from './RefundRequestView';

export interface RefundFormInput {
  site: string;
  account: string;
  childAge: string;
  guardianName: string;
  contact: string;
  /** one payment a line: `2026-11-22 21:40, 648.00, recharge` */
  payments: string;
}

/**
 * The guardian's refund helper (issue 24): the facts only the guardian knows go in; the page adds
 * LiveGuard's records and shows a printable request. Presentational.
 */
export function RefundHelper(props: { request: RefundRequest | null; problem: string | null; onPrepare(v: RefundFormInput): void; onPrint(): void }) {
  return (
    <section data-liveguard="refund-helper">
      <h2>{t('refundTitle')}</h2>
      <p>{t('refundExplain')}</p>
      <form
        data-liveguard="refund-form"
        onSubmit={(e) => {
          e.preventDefault();
          const d = new FormData(e.currentTarget);
          const s = (k: string) => String(d.get(k) ?? '');
          props.onPrepare({ site: s('site'), account: s('account'), childAge: s('childAge'), guardianName: s('guardianName'), contact: s('contact'), payments: s('payments') });
        }}
      >
        <label>
          {t('refundPlatform')}{' '}
          <select name="site">
            {SiteIdSchema.options.map((id) => (
              <option key={id} value={id}>{id}</option>
            ))}
          </select>
        </label>
        <label>
          {t('refundAccount')} <input name="account" maxLength={200} />
        </label>
        <label>
          {t('refundChildAge')} <input name="childAge" type="number" min={1} max={17} />
        </label>
        <label>
          {t('refundGuardian')} <input name="guardianName" maxLength={100} />
        </label>
        <label>
          {t('refundContact')} <input name="contact" maxLength={200} />
        </label>
        <label>
          {t('refundPaymentsInput')}
          <textarea name="payments" rows={4} placeholder="2026-11-22 21:40, 648.00, 充值" />
        </label>
        <button type="submit">{t('refundPrepare')}</button>
        {props.problem ? <p role="alert" data-liveguard="refund-problem">{props.problem}</p> : null}
      </form>
      {props.request ? (
        <>
          <RefundRequestView r={props.request} />
          <button type="button" data-liveguard="refund-print" onClick={props.onPrint}>{t('refundPrint')}</button>
        </>
      ) : null}
    </section>
  );
}
