/**
 * The room chart in the findings panel (issue 18 item 5, R-DATA-20): viewers, likes and chat per
 * minute over the last 30 minutes, with the data-falsification signs marked on the time axis.
 * The chart library (uPlot) stays out of the content script: the chart is the extension page
 * room-chart.html, framed in the panel inside our closed root, and this feature hands it the series
 * in the frame's URL fragment (a fragment change re-draws without reloading). The page can neither
 * read a cross-origin frame's URL nor reach the frame element; nothing leaves the browser.
 */
import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { RoomFeature } from '@/lib/room/room';
import { RoomSeries, encodeSeries } from '@/lib/data-signals/room-series';
import { addPanelSection } from '@/lib/overlay/store';
import { t } from '@/lib/i18n';

export const ROOM_CHART_PATH = '/room-chart.html';
/** while the panel is open, the chart is fed this often */
const REFRESH_MS = 5000;

export const roomChart: RoomFeature = {
  id: 'room-chart',
  init(room, signal$, { overlay }) {
    const series = new RoomSeries();
    room.onObservation((o) => {
      if (o.kind === 'chat') series.chat(Date.now());
    });
    room.onInfo((info) => series.counters(Date.now(), info.viewers, info.likes));
    // the signs lib/data-signals raised (R-DATA-20/21), by the detector that saw them
    const signs = () => overlay.findings.value.filter((f) => f.finding.ruleId.startsWith('R-DATA')).map((f) => ({ at: f.at, kind: f.finding.detector }));
    const src = browser.runtime.getURL(ROOM_CHART_PATH);
    const fragment = signal('');
    const Section = () => {
      // Until the frame has loaded its page, its src stays the first one: a new src (even one that
      // differs only in the fragment) restarts a navigation still under way, so on a slow machine the
      // 5 s feed kept the page from ever loading (seen in a clean-clone CI run). Once loaded, a
      // fragment-only change is a same-document navigation: the page re-draws on hashchange.
      const [loaded, setLoaded] = useState(false);
      const [first] = useState(() => encodeSeries(series.snapshot(Date.now(), signs())));
      useEffect(() => {
        const feed = () => (fragment.value = encodeSeries(series.snapshot(Date.now(), signs())));
        feed();
        const timer = setInterval(feed, REFRESH_MS);
        return () => clearInterval(timer);
      }, []);
      return (
        <section class="lg-chart" data-liveguard="room-chart">
          <h3>{t('chartTitle')}</h3>
          <iframe class="lg-chart-frame" data-liveguard="room-chart-frame" title={t('chartFrameTitle')} src={`${src}#${loaded ? fragment.value || first : first}`} onLoad={() => setLoaded(true)} />
        </section>
      );
    };
    const remove = addPanelSection(overlay, { id: 'room-chart', order: 10, Component: Section });
    signal$.addEventListener('abort', remove);
  },
};
