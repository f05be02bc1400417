import { t } from '@/lib/i18n';
import { BLACKLIST_STYLE, BADGE_STYLES, type BadgeState } from '@/lib/credit/levels';

/** The level as a coloured chip WITH its words (never colour alone, R-CREDIT-13). */
export function CreditChip(props: { state: BadgeState }) {
  const s = BADGE_STYLES[props.state];
  return (
    <span class="lg-credit-chip" data-credit-level={props.state} style={{ color: s.fg, background: s.bg, borderColor: s.border, borderStyle: s.borderStyle }}>
      {t(s.labelKey)}
    </span>
  );
}

/** The blacklist mark: its own word on black, beside the level. */
export function BlacklistMark() {
  return (
    <span class="lg-credit-chip lg-credit-black" data-liveguard="credit-blacklist-mark" style={{ color: BLACKLIST_STYLE.fg, background: BLACKLIST_STYLE.bg, borderColor: BLACKLIST_STYLE.bg }}>
      {t(BLACKLIST_STYLE.labelKey)}
    </span>
  );
}
