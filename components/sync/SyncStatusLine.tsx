/** One line: sync status, bundle version and last sync time (popup and options). */
import { t } from '@/lib/i18n';
import type { SyncStatusView } from '@/lib/sync/protocol';

export function SyncStatusLine({ status }: { status: SyncStatusView }) {
  const when = status.lastSyncAt ? new Date(status.lastSyncAt).toLocaleString() : t('syncNever');
  const label = { never: t('syncStatusNever'), ok: t('syncStatusOk'), error: t('syncStatusError'), rejected: t('syncStatusRejected') }[status.status];
  return (
    <p data-liveguard="sync-status" data-status={status.status} data-version={status.bundleVersion} data-stale={status.stale ? 'true' : 'false'}>
      {t('syncRules')}: {label} · {t('syncVersion')} {status.bundleVersion} · {t('syncLast')} {when}
      {status.lastError && status.status !== 'ok' ? <span data-liveguard="sync-error"> ({status.lastError})</span> : null}
      {status.stale ? <strong data-liveguard="sync-stale" role="status"> {t('syncStale')}</strong> : null}
    </p>
  );
}
