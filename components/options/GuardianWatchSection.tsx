import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { LogEntry } from '@/lib/protection/activity-log';
import type { GuardianView } from './GuardianSection';
import { BypassTable } from '@/components/protection/BypassTable';
import { duration, entryText, when, WATCH_KINDS } from '@/components/protection/log-text';
import { minutes } from '@/components/protection/labels';

export interface GuardianWatchProps {
  view: GuardianView | null;
  /** the activity log (the background's IndexedDB, read through protection:getLog) */
  log: LogEntry[] | null;
  busy: boolean;
  problem: string | null;
  onClockRight(pin: string): void;
  onOptions(v: { pin?: string; budgetSync?: boolean; pinForSensitive?: boolean }): void;
  onExportJson(): void;
  onPrint(): void;
}

/**
 * The guardian's page about bypasses (issue 24): private-window access, the clock, the gaps the
 * heartbeat found, what an extension cannot stop (with the policy that does), export and print of
 * the log, and the opt-in budget sync. Presentational.
 */
export function GuardianWatchSection({ view, log, busy, problem, ...on }: GuardianWatchProps) {
  const [pin, setPin] = useState('');
  const watched = (log ?? []).filter((e) => WATCH_KINDS.has(e.kind));
  return (
    <section data-liveguard="guardian-watch">
      <h2>{t('gwTitle')}</h2>
      <p>{t('gwIntro')}</p>
      {view ? (
        <>
          <p data-liveguard="private-status" data-allowed={String(view.incognitoAllowed)} role={view.incognitoAllowed === false ? 'alert' : undefined}>
            {view.incognitoAllowed === null ? t('gwPrivateUnknown') : view.incognitoAllowed ? t('gwPrivateOk') : t('gwPrivateNo')}
          </p>
          <p data-liveguard="clock-status" data-skew={String(view.skewMs)}>
            {view.skewMs === 0 ? t('gwClockOk') : t('gwClockOff', duration(view.skewMs))}
          </p>
        </>
      ) : null}
      <BypassTable />
      <div data-print-part="log">
        <h3>{t('gwGaps')}</h3>
        {watched.length === 0 ? <p>{t('gwNoGaps')}</p> : null}
        <ol reversed data-liveguard="gap-log">
          {[...watched].reverse().map((e, i) => (
            <li key={i} data-kind={e.kind} data-at={e.at} data-from={e.from}>
              <time dateTime={new Date(e.at).toISOString()}>{when(e.at)}</time> {entryText(e)}
            </li>
          ))}
        </ol>
      </div>
      <p>
        <button type="button" data-liveguard="export-log" onClick={on.onExportJson}>
          {t('gwExportJson')}
        </button>{' '}
        <button type="button" data-liveguard="print-log" onClick={on.onPrint}>
          {t('gwPrint')}
        </button>
      </p>
      {view?.hasPin ? (
        <form
          data-liveguard="guardian-options"
          onSubmit={(e) => {
            e.preventDefault();
            const f = e.currentTarget.elements as unknown as Record<string, HTMLInputElement>;
            const action = (e.submitter as HTMLButtonElement | null)?.value;
            if (action === 'clock') on.onClockRight(pin);
            else on.onOptions({ pin: pin || undefined, budgetSync: f.budgetSync!.checked, pinForSensitive: f.pinForSensitive!.checked });
            setPin('');
          }}
        >
          <h3>{t('gwSyncTitle')}</h3>
          <p>{t('gwSyncExplain')}</p>
          <label>
            <input type="checkbox" name="budgetSync" defaultChecked={view.budgetSync} /> {t('gwSyncOn')}
          </label>
          {view.budgetSync && view.othersToday ? <p data-liveguard="others-today">{t('gwOthersToday', [minutes(view.othersToday.usedMs), String(view.othersToday.devices)])}</p> : null}
          <label>
            <input type="checkbox" name="pinForSensitive" defaultChecked={view.pinForSensitive} /> {t('gwPinForSensitive')}
          </label>
          <label>
            {t('gwPin')} <input type="password" name="pin" autoComplete="off" maxLength={32} value={pin} onInput={(e) => setPin(e.currentTarget.value)} />
          </label>
          <button type="submit" name="action" value="options" disabled={busy}>
            {t('gwSave')}
          </button>{' '}
          {view.skewMs !== 0 ? (
            <button type="submit" name="action" value="clock" data-liveguard="clock-right" disabled={busy || !pin}>
              {t('gwClockRight')}
            </button>
          ) : null}
          {problem ? <p role="alert" data-liveguard="guardian-options-problem">{problem}</p> : null}
        </form>
      ) : null}
    </section>
  );
}
