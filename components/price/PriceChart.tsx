import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ChartPoint } from '@/lib/price/schema';
import { yuan } from '@/lib/price/money';
import { dayKey } from '@/lib/price/days';
import { sparkline } from './sparkline';

const W = 180;
const H = 48;

/**
 * The price-history chip on the product card (issue 19): a button on the card's mark; hover or
 * keyboard focus shows a sparkline of the prices this browser saw, the lowest with its date, and
 * the plain caveat that this is not the shop's record. Inline SVG built by Preact (no chart library:
 * the content script's size, issue 13).
 */
export function PriceChart(props: {
  points: readonly ChartPoint[];
  at: { left: number; top: number } | null;
  tz: string;
  sign: string;
  /** the chip's own size, for the feature to keep it clear of other overlay parts */
  onMeasure?(size: { width: number; height: number }): void;
}) {
  const [open, setOpen] = useState(false);
  const chip = useRef<HTMLButtonElement>(null);
  const { onMeasure } = props;
  useLayoutEffect(() => {
    const b = chip.current;
    if (b && onMeasure) onMeasure({ width: b.offsetWidth, height: b.offsetHeight });
  });
  const s = sparkline(props.points, W, H);
  if (!s) return null;
  const pos = props.at ? { left: `${props.at.left}px`, top: `${props.at.top}px` } : { left: '16px', bottom: '96px' };
  const low = `${yuan(s.low.price, props.sign)} ${dayKey(s.low.at, props.tz)}`;
  return (
    <div
      data-liveguard="price-chart"
      style={{ position: 'fixed', zIndex: 2147483646, font: '12px/1.4 var(--lg-font-sans)', ...pos }}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocusIn={() => setOpen(true)}
      onFocusOut={() => setOpen(false)}
      onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
    >
      <button
        ref={chip}
        type="button"
        data-liveguard="price-chip"
        aria-describedby="lg-price-tip"
        aria-expanded={open}
        aria-label={t('priceChartButton')}
        class="lg-price-chip"
      >
        {t('priceChartChip')}
      </button>
      {open && (
        <div id="lg-price-tip" role="tooltip" data-liveguard="price-tip" class="lg-price-tip" style={{ width: `${W + 16}px` }}>
          <div class="lg-price-title">{t('priceChartTitle')}</div>
          <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('priceChartAria', [String(props.points.length), low])}>
            <polyline points={s.points} class="lg-price-line" />
            <circle cx={s.end.x} cy={s.end.y} r="3" class="lg-price-end" />
          </svg>
          <div data-liveguard="price-low">
            {t('priceChartLowest')}
            {t('labelSep')}
            {low}
          </div>
          <div>
            {t('priceChartLatest')}
            {t('labelSep')}
            {`${yuan(s.last.price, props.sign)} ${dayKey(s.last.at, props.tz)}`}
          </div>
          <div class="lg-price-caveat">{t('priceChartCaveat')}</div>
        </div>
      )}
    </div>
  );
}
