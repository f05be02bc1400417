/**
 * Guardian protection mode as the popup shows it (R-MINOR-10): on or off, the day's budget left
 * and the curfew, in the guardian's time zone. Read-only: changes need the PIN on the options page.
 */
import { t } from '@/lib/i18n';
import type { ProtectionView } from '@/lib/room/dashboard';
import { Card } from '../design/Card';

const hhmm = (at: number, timeZone: string) => new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone });

export function ProtectionSummary({ protection: p }: { protection: ProtectionView | null }) {
  const state = !p ? 'unknown' : p.active ? 'on' : 'off';
  return (
    <Card
      class="lg-pd-card"
      title={
        <>
          {t('pdProtection')} <span class="lg-pd-muted">{t(state === 'on' ? 'pdProtectionOn' : state === 'off' ? 'pdProtectionOff' : 'pdProtectionUnknown')}</span>
        </>
      }
      data-liveguard="popup-protection"
      data-state={state}
      data-gate={p?.gate ?? 'none'}
    >
      {p?.active && (
        <ul class="lg-pd-facts">
          <li data-liveguard="popup-budget" data-minutes-left={p.budgetMinutesLeft ?? 'none'}>
            {p.budgetMinutesLeft === null || p.budgetMinutes === null ? t('pdNoBudget') : t('pdBudgetLeft', [String(p.budgetMinutesLeft), String(p.budgetMinutes)])}
          </li>
          <li data-liveguard="popup-curfew" data-in-force={p.curfew?.inForce ? 'true' : 'false'}>
            {!p.curfew
              ? t('pdNoCurfew')
              : p.curfew.inForce && p.curfew.endsAt !== null
                ? t('pdCurfewNow', hhmm(p.curfew.endsAt, p.timeZone))
                : p.curfew.startsAt !== null
                  ? t('pdCurfewNext', hhmm(p.curfew.startsAt, p.timeZone))
                  : t('pdNoCurfew')}
          </li>
        </ul>
      )}
    </Card>
  );
}
