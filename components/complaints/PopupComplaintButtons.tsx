import { useState } from 'preact/hooks';
import { send } from '@/lib/messaging';
import { t } from '@/lib/i18n';

/**
 * The popup's "file a complaint": opening the popup is a toolbar gesture, so activeTab is granted
 * and the background can screenshot the tab before the form opens there (R-COMPLAINT-17).
 */
export function PopupComplaintButtons() {
  const [msg, setMsg] = useState('');
  return (
    <div class="complaints" data-liveguard="popup-complaints">
      <button
        type="button"
        data-liveguard-action="popup-file-complaint"
        onClick={async () => {
          const r = await send('complaintCaptureActive', {}).catch(() => ({ opened: false, screenshot: false }));
          if (r.opened) window.close();
          else setMsg(t('popupNoRoom'));
        }}
      >
        {t('complaintAction')}
      </button>{' '}
      <button type="button" data-liveguard-action="popup-open-complaints" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/complaints.html') }).then(() => window.close())}>
        {t('cpTitle')}
      </button>
      {msg && <p role="status">{msg}</p>}
    </div>
  );
}
