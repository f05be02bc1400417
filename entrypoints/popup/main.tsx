/**
 * The toolbar popup (issue 18 item 2): the room's dashboard in a room, what LiveGuard protects and
 * the supported sites elsewhere; filing a complaint, my complaints and the sync state in both.
 */
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { applyViewerLocale } from '@/lib/page-locale';
import { send } from '@/lib/messaging';
import type { RoomState } from '@/lib/room/protocol';
import { dashboardModel } from '@/lib/room/dashboard';
import { SUPPORTED_SITES } from '@/lib/sites/supported';
import type { SyncStatusView } from '@/lib/sync/protocol';
import { saveSkeleton } from '@/lib/sites/health-client';
import { RoomDashboard } from '@/components/popup/RoomDashboard';
import { OutsideRoom } from '@/components/popup/OutsideRoom';
import { SyncStatusLine } from '@/components/sync/SyncStatusLine';
import { PopupComplaintButtons } from '@/components/complaints/PopupComplaintButtons';
import { activeTabId, readRoom, setRoomPause } from './room-client';
import '@/components/design/tokens.css';
import '@/components/design/components.css';
import './popup.css';

/** the room is read again this often while the popup is open (findings keep coming) */
const REFRESH_MS = 2000;

function Popup() {
  const [sync, setSync] = useState<SyncStatusView | null>(null);
  const [complaintMsg, setComplaintMsg] = useState<string | null>(null);
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  // undefined: still asking; null: no room in this tab
  const [room, setRoom] = useState<RoomState | null | undefined>(undefined);
  const [now, setNow] = useState(Date.now());
  const [pauseBusy, setPauseBusy] = useState(false);
  useEffect(() => void send('getSyncStatus', {}).then(setSync, () => undefined), []);
  useEffect(() => void activeTabId().then(setTabId, () => setTabId(null)), []);
  const refresh = useCallback(async () => {
    if (tabId === undefined) return;
    setRoom(await readRoom(tabId));
    setNow(Date.now());
  }, [tabId]);
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  // Opening the popup is a toolbar gesture, so activeTab is granted and the background can
  // screenshot the tab before the form opens there (R-COMPLAINT-17).
  const fileComplaint = async () => {
    const r = await send('complaintCaptureActive', {}).catch(() => ({ opened: false, screenshot: false }));
    if (r.opened) window.close();
    else setComplaintMsg(t('popupNoRoom'));
  };
  const openComplaints = () => void browser.tabs.create({ url: browser.runtime.getURL('/complaints.html') }).then(() => window.close());
  const pause = (on: boolean) => {
    if (!room || tabId === undefined) return;
    setPauseBusy(true);
    void setRoomPause(tabId, room, on)
      .then(refresh, () => undefined)
      .finally(() => setPauseBusy(false));
  };
  return (
    <main data-liveguard="popup" data-view={room === undefined ? 'loading' : room ? 'room' : 'outside'}>
      <h1>{t('extName')}</h1>
      {/* the actions first, as in uBlock Origin's popup: at a glance, one click */}
      <PopupComplaintButtons message={complaintMsg} onFile={() => void fileComplaint()} onOpenComplaints={openComplaints} />
      {room && (
        <RoomDashboard room={room} model={dashboardModel(room, now)} pauseBusy={pauseBusy} onPause={() => pause(true)} onResume={() => pause(false)} onReportBroke={() => void saveSkeleton()} />
      )}
      {room === null && <OutsideRoom sites={SUPPORTED_SITES} />}
      {sync && <SyncStatusLine status={sync} />}
    </main>
  );
}
// in the language the viewer chose on the first-run page (issue 18 item 4), else the browser's
void applyViewerLocale().then(() => render(<Popup />, document.getElementById('app')!));
