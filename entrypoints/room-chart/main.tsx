/**
 * The room chart as an extension page framed into the findings panel (issue 18 item 5). Why a
 * frame: uPlot stays out of the content script (its size budget, issue 13), and the page cannot
 * read a cross-origin frame. The content script (features/room-chart.tsx) puts the series in this
 * page's URL fragment; each change re-draws. The text summary says the same in words.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type uPlot from 'uplot';
import { decodeSeries } from '@/lib/data-signals/chart-data';
import { chartSummary } from '@/lib/data-signals/chart-summary';
import type { RoomSeriesData } from '@/lib/data-signals/room-series';
import { t } from '@/lib/i18n';
import { applyViewerLocale } from '@/lib/page-locale';
import { drawChart } from './draw-chart';
import '@/components/design/tokens.css';
import './chart.css';

type State = { data: RoomSeriesData } | { error: string } | null;

function read(): State {
  const fragment = location.hash.slice(1);
  if (!fragment) return null;
  try {
    return { data: decodeSeries(fragment) };
  } catch {
    return { error: t('chartBadData') };
  }
}

// read after applyViewerLocale (the viewer's language choice, issue 18 item 4)
const locale = () => t('@@ui_locale').replace('_', '-');
const time = (s: number) => new Date(s * 1000).toLocaleTimeString(locale(), { hour: '2-digit', minute: '2-digit', hour12: false });
const num = (n: number) => n.toLocaleString(locale());

function RoomChart() {
  const [state, setState] = useState<State>(read);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const again = () => setState(read());
    window.addEventListener('hashchange', again);
    return () => window.removeEventListener('hashchange', again);
  }, []);
  const data = state && 'data' in state ? state.data : null;
  useEffect(() => {
    if (!box.current || !data || data.t.length < 2) return;
    let plot: uPlot | null = drawChart(box.current, data, box.current.clientWidth || 380);
    return () => {
      plot?.destroy();
      plot = null;
    };
  }, [data]);
  if (state && 'error' in state) return <p role="alert" class="lg-error" data-liveguard="chart-error">{state.error}</p>;
  const enough = !!data && data.t.length >= 2;
  return (
    <main class="lg-chart-page" lang={locale()} data-liveguard="chart-page" data-points={data?.t.length ?? 0} data-marks={data?.marks.length ?? 0}>
      {!enough && <p data-liveguard="chart-empty">{t('chartEmpty')}</p>}
      <div class="lg-chart-canvas" ref={box} aria-hidden="true" hidden={!enough} />
      {enough && <p class="lg-chart-legend-signs">{t('chartSignsLegend')}</p>}
      {data && (
        <section class="lg-chart-summary" data-liveguard="chart-summary">
          <h2>{t('chartSummaryTitle')}</h2>
          <ul>
            {chartSummary(data, t, time, num).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

// <html lang> is set by applyViewerLocale (markPageLanguage)
void applyViewerLocale().then(() => render(<RoomChart />, document.getElementById('app')!));
