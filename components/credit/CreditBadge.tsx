import type { Ref } from 'preact';
import { t } from '@/lib/i18n';
import type { CreditViewModel } from '@/lib/credit/view-model';
import type { Placement } from '@/lib/credit/anchor';
import { BlacklistMark, CreditChip } from './CreditChip';

/**
 * The compact badge next to the host's name (R-CREDIT-13): a button (keyboard reachable, labelled
 * for screen readers) holding the level chip and, when blacklisted, the blacklist mark.
 */
export function CreditBadge(props: { model: CreditViewModel; placement: Placement; expanded: boolean; onToggle(): void; buttonRef?: Ref<HTMLButtonElement> }) {
  const { model, placement } = props;
  const label = t(model.style.labelKey);
  const style = placement.mode === 'anchored' ? { left: `${placement.left}px`, top: `${placement.top}px` } : undefined;
  return (
    <button
      type="button"
      ref={props.buttonRef}
      class={`lg-credit-badge lg-credit-${placement.mode}`}
      style={style}
      data-liveguard="credit-badge"
      data-credit-level={model.state}
      data-blacklisted={String(model.blacklisted)}
      data-placement={placement.mode}
      aria-haspopup="dialog"
      aria-expanded={props.expanded}
      aria-controls="lg-credit-card"
      aria-label={model.blacklisted ? t('creditBadgeAriaBlacklisted', label) : t('creditBadgeAria', label)}
      onClick={props.onToggle}
    >
      <CreditChip state={model.state} />
      {model.blacklisted && <BlacklistMark />}
    </button>
  );
}
