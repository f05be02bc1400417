import { t } from '@/lib/i18n';

/** Always-visible entry to the findings panel, with the count of this room's findings. */
export function PanelToggle(props: { count: number; open: boolean; onToggle(): void }) {
  return (
    <button type="button" class="lg-toggle" aria-expanded={props.open} data-liveguard="panel-toggle" onClick={props.onToggle}>
      {t('panelToggle')} <span class="lg-count">{props.count}</span>
    </button>
  );
}
