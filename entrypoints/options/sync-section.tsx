/** Wires the sync section to the background's sync messages (R-SYNC-22). */
import { useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/messaging';
import type { SyncStatusView } from '@/lib/sync/protocol';
import { SyncSection } from '@/components/options/SyncSection';

export function SyncSectionPage() {
  const [status, setStatus] = useState<SyncStatusView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => void send('getSyncStatus', {}).then(setStatus), []);
  const act = async (fn: () => Promise<SyncStatusView>) => {
    setBusy(true);
    setError(null);
    try {
      setStatus(await fn());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <SyncSection
      status={status}
      error={error}
      busy={busy}
      onSave={(apiUrl) => void act(() => send('setApiUrl', { apiUrl }))}
      onSyncNow={() => void act(() => send('syncNow', {}))}
    />
  );
}
