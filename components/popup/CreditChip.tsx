/**
 * The host's credit in the popup (R-CREDIT-13): the same label and colours as the badge on the
 * page (lib/credit/levels.ts: text as well as colour, WCAG AA pairs), and the blacklist mark.
 */
import { t } from '@/lib/i18n';
import { BADGE_STYLES, BLACKLIST_STYLE } from '@/lib/credit/levels';
import type { RoomCredit } from '@/lib/room/protocol';

export function CreditChip({ credit }: { credit: RoomCredit | null }) {
  if (!credit) return <span class="lg-pd-chip" data-liveguard="popup-credit" data-state="pending">{t('pdCreditPending')}</span>;
  const s = BADGE_STYLES[credit.state];
  return (
    <span data-liveguard="popup-credit" data-state={credit.state} data-blacklisted={credit.blacklisted ? 'true' : 'false'}>
      <span class="lg-pd-chip" style={{ color: s.fg, background: s.bg, border: `1px ${s.borderStyle} ${s.border}` }}>
        {t(s.labelKey)}
      </span>
      {credit.blacklisted && (
        <span class="lg-pd-chip" style={{ color: BLACKLIST_STYLE.fg, background: BLACKLIST_STYLE.bg }}>
          {t(BLACKLIST_STYLE.labelKey)}
        </span>
      )}
      {credit.stale && <small> {t('pdCreditStale')}</small>}
    </span>
  );
}
