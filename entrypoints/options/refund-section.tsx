/** Wires the refund helper (issue 24): reads LiveGuard's records from the background, builds and prints the request. */
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging';
import { buildRefundRequest, parsePaymentLines, type RefundRequest } from '@/lib/protection/refund-request';
import { RefundHelper, type RefundFormInput } from '@/components/protection/RefundHelper';
import { SiteIdSchema } from '@/lib/model';
import { printPart } from './print-part';

export function RefundSectionPage() {
  const [request, setRequest] = useState<RefundRequest | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function prepare(v: RefundFormInput) {
    setProblem(null);
    const parsed = parsePaymentLines(v.payments);
    if ('badLine' in parsed) return setProblem(t('refundBadLine', String(parsed.badLine)));
    const site = SiteIdSchema.safeParse(v.site);
    if (!site.success) return setProblem(t('refundBadField', 'site'));
    try {
      const evidence = await send('protection:refundEvidence', {});
      setRequest(buildRefundRequest({ site: site.data, account: v.account, childAge: Number(v.childAge), guardianName: v.guardianName, contact: v.contact, payments: parsed.payments }, evidence.visits, evidence.log));
    } catch (e) {
      const issue = (e as { issues?: { path: (string | number)[] }[] }).issues?.[0];
      setProblem(issue ? t('refundBadField', issue.path.join('.')) : t('protError', e instanceof Error ? e.message : String(e)));
    }
  }

  return <RefundHelper request={request} problem={problem} onPrepare={(v) => void prepare(v)} onPrint={() => printPart('refund')} />;
}
