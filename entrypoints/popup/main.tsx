import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging';
import type { SyncStatusView } from '@/lib/sync/protocol';
import { SyncStatusLine } from '@/components/sync/SyncStatusLine';
import { PopupComplaintButtons } from '@/components/complaints/PopupComplaintButtons';
import { SiteHealthView } from '@/components/sites/SiteHealthView';
import { askSiteHealth, saveSkeleton } from '@/lib/sites/health-client';
import type { SiteHealth } from '@/lib/sites/health';

function Popup() {
  const [sync, setSync] = useState<SyncStatusView | null>(null);
  useEffect(() => void send('getSyncStatus', {}).then(setSync, () => undefined), []);
  const [health, setHealth] = useState<SiteHealth | null>(null);
  useEffect(() => void askSiteHealth().then(setHealth, () => undefined), []);
  return (
    <main data-liveguard="popup">
      <h1>{t('extName')}</h1>
      <PopupComplaintButtons />
      {health && <SiteHealthView health={health} onReport={() => void saveSkeleton()} />}
      {sync && <SyncStatusLine status={sync} />}
    </main>
  );
}
render(<Popup />, document.getElementById('app')!);
