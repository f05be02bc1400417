import { t } from '@/lib/i18n';
import type { LogEntry } from '@/lib/protection/activity-log';
import type { DayUsage } from '@/lib/protection/budget';
import type { MinorHostReport } from '@/lib/protection/minor-host-report';
import { minutes } from './labels';
import { entryText } from './log-text';

/** The guardian's activity log (R-MINOR-10) and local "host looks under 16" reports (R-MINOR-12). Newest first. */
export function ActivityLogView(props: { log: LogEntry[]; reports: MinorHostReport[]; today: DayUsage | null; history: DayUsage[] }) {
  return (
    <div data-liveguard="protection-log">
      <p data-liveguard="protection-used-today">{t('protUsedToday', minutes(props.today?.usedMs ?? 0))}</p>
      {props.history.length ? (
        <ul>
          {[...props.history].reverse().map((d) => (
            <li key={d.day}>{t('protUsedDay', [d.day, minutes(d.usedMs)])}</li>
          ))}
        </ul>
      ) : null}
      {props.log.length === 0 ? <p>{t('protLogEmpty')}</p> : null}
      <ol reversed>
        {[...props.log].reverse().map((e, i) => (
          <li key={i} data-kind={e.kind}>
            <time dateTime={new Date(e.at).toISOString()}>{new Date(e.at).toLocaleString()}</time> {entryText(e)}
            {e.gate ? ` · ${e.gate}` : ''}
            {e.site ? ` · ${e.site}` : ''}
            {e.roomId ? ` ${e.roomId}` : ''}
            {e.detail && e.kind !== 'gap' && e.kind !== 'clock-server' ? ` · ${e.detail}` : ''}
            {e.kind === 'day-used' || e.kind === 'lockout' ? ` · ${minutes(e.ms ?? 0)} min` : ''}
          </li>
        ))}
      </ol>
      {props.reports.length ? (
        <>
          <h4>{t('protReports')}</h4>
          <ul data-liveguard="protection-reports">
            {props.reports.map((r) => (
              <li key={r.id}>
                {new Date(r.at).toLocaleString()} · {r.site} {r.roomId}
                {r.hostName ? ` · ${r.hostName}` : ''}
                {r.hostId ? ` (${r.hostId})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
