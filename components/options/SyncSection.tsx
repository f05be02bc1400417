/** Options: rule-sync server URL, status and last sync time (R-SYNC-22). */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging';
import type { SyncStatusView } from '@/lib/sync/protocol';
import { SyncStatusLine } from '../sync/SyncStatusLine';

export function SyncSection() {
  const [st, setSt] = useState<SyncStatusView | null>(null);
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void send('getSyncStatus', {}).then((s) => {
      setSt(s);
      setUrl(s.customApiUrl ? s.apiUrl : '');
    });
  }, []);
  const act = async (fn: () => Promise<SyncStatusView>) => {
    setBusy(true);
    setError(null);
    try {
      setSt(await fn());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section data-liveguard="sync-section">
      <h2>{t('syncTitle')}</h2>
      {st && <SyncStatusLine status={st} />}
      <label>
        {t('syncServerUrl')}{' '}
        <input data-testid="sync-url" type="url" value={url} placeholder={st?.customApiUrl ? '' : st?.apiUrl} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
      </label>{' '}
      <button data-testid="sync-save" disabled={busy} onClick={() => act(() => send('setApiUrl', { apiUrl: url.trim() ? url.trim() : null }))}>
        {t('syncSave')}
      </button>{' '}
      <button data-testid="sync-now" disabled={busy} onClick={() => act(() => send('syncNow', {}))}>
        {t('syncNow')}
      </button>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
