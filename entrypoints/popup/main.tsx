import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging';
import type { SyncStatusView } from '@/lib/sync/protocol';
import { SyncStatusLine } from '@/components/sync/SyncStatusLine';
import { PopupComplaintButtons } from '@/components/complaints/PopupComplaintButtons';

function Popup() {
  const [sync, setSync] = useState<SyncStatusView | null>(null);
  const [complaintMsg, setComplaintMsg] = useState<string | null>(null);
  useEffect(() => void send('getSyncStatus', {}).then(setSync, () => undefined), []);
  // Opening the popup is a toolbar gesture, so activeTab is granted and the background can
  // screenshot the tab before the form opens there (R-COMPLAINT-17).
  const fileComplaint = async () => {
    const r = await send('complaintCaptureActive', {}).catch(() => ({ opened: false, screenshot: false }));
    if (r.opened) window.close();
    else setComplaintMsg(t('popupNoRoom'));
  };
  const openComplaints = () => void browser.tabs.create({ url: browser.runtime.getURL('/complaints.html') }).then(() => window.close());
  return (
    <main data-liveguard="popup">
      <h1>{t('extName')}</h1>
      <PopupComplaintButtons message={complaintMsg} onFile={() => void fileComplaint()} onOpenComplaints={openComplaints} />
      {sync && <SyncStatusLine status={sync} />}
    </main>
  );
}
render(<Popup />, document.getElementById('app')!);
