import { t } from '@/lib/i18n';
import type { PriceEvidencePoint } from '@/lib/price/schema';
import { dayTime } from '@/lib/price/days';
import { yuan } from '@/lib/price/money';

/** The product's price history as the complaint will carry it (issue 19): card prices seen, with dates. */
export function PriceEvidence(props: { points: readonly PriceEvidencePoint[]; tz: string }) {
  const cards = props.points.filter((p) => p.source === 'card' && p.price !== null);
  if (!cards.length) return null;
  return (
    <>
      <dt>{t('priceEvidenceTitle')}</dt>
      <dd data-liveguard="price-evidence">
        {cards
          .slice(-8)
          .map((p) => `${yuan(p.price!)}${p.original ? ` (${yuan(p.original)})` : ''} ${dayTime(p.at, props.tz)}`)
          .join(' · ')}
      </dd>
    </>
  );
}
