/**
 * uPlot for the room chart (issue 18 item 5): viewers (left axis), chat per minute (right axis) and
 * likes (own scale, values in the legend), with a red vertical line at each data-falsification sign
 * and a triangle on the time axis under it (R-DATA-20). Only this extension page loads uPlot.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { RoomSeriesData } from '@/lib/data-signals/room-series';
import { t } from '@/lib/i18n';

function token(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

function signMarks(marks: RoomSeriesData['marks']): uPlot.Plugin {
  return {
    hooks: {
      draw: [
        (u) => {
          const ctx = u.ctx;
          const red = token('--lg-risk-critical', '#b42318');
          ctx.save();
          ctx.strokeStyle = red;
          ctx.fillStyle = red;
          ctx.lineWidth = 2 * uPlot.pxRatio;
          const { top, height } = u.bbox;
          for (const m of marks) {
            const x = Math.round(u.valToPos(m.t, 'x', true));
            ctx.beginPath();
            ctx.moveTo(x, top);
            ctx.lineTo(x, top + height);
            ctx.stroke();
            // a triangle on the time axis
            const s = 5 * uPlot.pxRatio;
            ctx.beginPath();
            ctx.moveTo(x, top + height);
            ctx.lineTo(x - s, top + height + 2 * s);
            ctx.lineTo(x + s, top + height + 2 * s);
            ctx.closePath();
            ctx.fill();
          }
          ctx.restore();
        },
      ],
    },
  };
}

export function drawChart(el: HTMLElement, d: RoomSeriesData, width: number): uPlot {
  const muted = token('--lg-color-muted', '#475467');
  const axis = { stroke: muted, grid: { stroke: token('--lg-color-border', '#d0d5dd'), width: 1 }, ticks: { stroke: muted } };
  const opts: uPlot.Options = {
    width,
    height: 170,
    scales: { x: { time: true }, viewers: {}, likes: {}, chat: {} },
    series: [
      {},
      { label: t('chartViewers'), scale: 'viewers', stroke: token('--lg-color-accent', '#175cd3'), width: 2, spanGaps: true },
      { label: t('chartLikes'), scale: 'likes', stroke: token('--lg-risk-warning', '#b54708'), width: 2, dash: [6, 3], spanGaps: true },
      { label: t('chartChat'), scale: 'chat', stroke: token('--lg-color-success', '#067647'), width: 1.5 },
    ],
    axes: [
      { ...axis, space: 60 },
      { ...axis, scale: 'viewers', size: 50 },
      { ...axis, scale: 'chat', side: 1, size: 40, grid: { show: false } },
    ],
    legend: { live: false },
    plugins: [signMarks(d.marks)],
  };
  return new uPlot(opts, [d.t, d.viewers, d.likes, d.chatPerMin] as uPlot.AlignedData, el);
}
