import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { send, sendToTab } from '@/lib/messaging';
import type { RoomState } from '@/lib/room/protocol';
import { CurrentRoom } from '@/components/popup/CurrentRoom';
import type { SyncStatusView } from '@/lib/sync/protocol';
import { SyncStatusLine } from '@/components/sync/SyncStatusLine';
import { PopupComplaintButtons } from '@/components/complaints/PopupComplaintButtons';

function Popup() {
  const [sync, setSync] = useState<SyncStatusView | null>(null);
  const [room, setRoom] = useState<RoomState | null>(null);
  useEffect(() => void send('getSyncStatus', {}).then(setSync, () => undefined), []);
  // the active tab's room, asked of its content script (no answer: not a livestream room)
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => (tab?.id === undefined ? null : sendToTab(tab.id, 'room:state', {}))).then(setRoom, () => undefined);
  }, []);
  return (
    <main data-liveguard="popup">
      <h1>{t('extName')}</h1>
      {room && <CurrentRoom room={room} />}
      <PopupComplaintButtons />
      {sync && <SyncStatusLine status={sync} />}
    </main>
  );
}
render(<Popup />, document.getElementById('app')!);
