import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { markPageLanguage, t } from '@/lib/i18n';
import { send, sendToTab } from '@/lib/messaging';
import type { RoomState } from '@/lib/room/protocol';
import { CurrentRoom } from '@/components/popup/CurrentRoom';
import type { SyncStatusView } from '@/lib/sync/protocol';
import { SyncStatusLine } from '@/components/sync/SyncStatusLine';
import { PopupComplaintButtons } from '@/components/complaints/PopupComplaintButtons';
import { SiteHealthView } from '@/components/sites/SiteHealthView';
import { askSiteHealth, saveSkeleton } from '@/lib/sites/health-client';
import type { SiteHealth } from '@/lib/sites/health';

function Popup() {
  const [sync, setSync] = useState<SyncStatusView | null>(null);
  const [complaintMsg, setComplaintMsg] = useState<string | null>(null);
  const [room, setRoom] = useState<RoomState | null>(null);
  useEffect(() => void send('getSyncStatus', {}).then(setSync, () => undefined), []);
  // the active tab's room, asked of its content script (no answer: not a livestream room)
  useEffect(() => {
    void browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => (tab?.id === undefined ? null : sendToTab(tab.id, 'room:state', {}))).then(setRoom, () => undefined);
  }, []);
  // Opening the popup is a toolbar gesture, so activeTab is granted and the background can
  // screenshot the tab before the form opens there (R-COMPLAINT-17).
  const fileComplaint = async () => {
    const r = await send('complaintCaptureActive', {}).catch(() => ({ opened: false, screenshot: false }));
    if (r.opened) window.close();
    else setComplaintMsg(t('popupNoRoom'));
  };
  const openComplaints = () => void browser.tabs.create({ url: browser.runtime.getURL('/complaints.html') }).then(() => window.close());
  const [health, setHealth] = useState<SiteHealth | null>(null);
  useEffect(() => void askSiteHealth().then(setHealth, () => undefined), []);
  return (
    <main data-liveguard="popup">
      <h1>{t('extName')}</h1>
      {room && <CurrentRoom room={room} />}
      <PopupComplaintButtons message={complaintMsg} onFile={() => void fileComplaint()} onOpenComplaints={openComplaints} />
      {health && <SiteHealthView health={health} onReport={() => void saveSkeleton()} />}
      {sync && <SyncStatusLine status={sync} />}
    </main>
  );
}
markPageLanguage(); // <html lang> follows the UI language (issue 18 item 6)
render(<Popup />, document.getElementById('app')!);
