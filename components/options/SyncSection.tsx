/** Options: rule-sync server URL, status and last sync time (R-SYNC-22). Presentational: the options page sends. */
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { SyncStatusView } from '@/lib/sync/protocol';
import { SyncStatusLine } from '../sync/SyncStatusLine';

export interface SyncSectionProps {
  status: SyncStatusView | null;
  error: string | null;
  busy: boolean;
  /** null restores the built-in server */
  onSave(apiUrl: string | null): void;
  onSyncNow(): void;
}

export function SyncSection({ status: st, error, busy, onSave, onSyncNow }: SyncSectionProps) {
  // what the viewer typed; until then, the custom server they set before (empty for the built-in one)
  const [typed, setTyped] = useState<string | null>(null);
  const url = typed ?? (st?.customApiUrl ? st.apiUrl : '');
  return (
    <section data-liveguard="sync-section">
      <h2>{t('syncTitle')}</h2>
      {st && <SyncStatusLine status={st} />}
      <label>
        {t('syncServerUrl')}{' '}
        <input data-testid="sync-url" type="url" value={url} placeholder={st?.customApiUrl ? '' : st?.apiUrl} onInput={(e) => setTyped((e.target as HTMLInputElement).value)} />
      </label>{' '}
      <button data-testid="sync-save" disabled={busy} onClick={() => onSave(url.trim() ? url.trim() : null)}>
        {t('syncSave')}
      </button>{' '}
      <button data-testid="sync-now" disabled={busy} onClick={onSyncNow}>
        {t('syncNow')}
      </button>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
