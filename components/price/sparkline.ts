/** The sparkline's geometry (pure): card prices over time as an SVG polyline, and the lowest price seen. */
import type { ChartPoint } from '@/lib/price/schema';

export interface Sparkline {
  points: string;
  low: ChartPoint;
  high: ChartPoint;
  last: ChartPoint;
  /** the last point's position, for its dot */
  end: { x: number; y: number };
}

export function sparkline(data: readonly ChartPoint[], width: number, height: number, pad = 3): Sparkline | null {
  if (!data.length) return null;
  const t0 = data[0].at;
  const t1 = data[data.length - 1].at;
  const prices = data.map((d) => d.price);
  const lo = Math.min(...prices);
  const hi = Math.max(...prices);
  const x = (at: number) => pad + (t1 === t0 ? (width - 2 * pad) / 2 : ((at - t0) / (t1 - t0)) * (width - 2 * pad));
  const y = (p: number) => pad + (hi === lo ? (height - 2 * pad) / 2 : (1 - (p - lo) / (hi - lo)) * (height - 2 * pad));
  // a step line: a price holds until the next one is seen
  const pts: string[] = [];
  data.forEach((d, i) => {
    if (i > 0) pts.push(`${x(d.at).toFixed(1)},${y(data[i - 1].price).toFixed(1)}`);
    pts.push(`${x(d.at).toFixed(1)},${y(d.price).toFixed(1)}`);
  });
  const last = data[data.length - 1];
  return {
    points: pts.join(' '),
    low: data.reduce((a, b) => (b.price < a.price ? b : a)),
    high: data.reduce((a, b) => (b.price > a.price ? b : a)),
    last,
    end: { x: x(last.at), y: y(last.price) },
  };
}
