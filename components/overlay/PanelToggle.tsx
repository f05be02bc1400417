import { t } from '@/lib/i18n';

import type { ReadonlySignal } from '@preact/signals';
import type { ShownFinding } from '@/lib/overlay/store';

/**
 * Always-visible entry to the findings panel, with the count of this room's findings. It reads the
 * findings signal itself, so a new finding re-renders this button only (issue 5).
 */
export function PanelToggle(props: { findings: ReadonlySignal<ShownFinding[]>; open: boolean; onToggle(): void }) {
  return (
    <button type="button" class="lg-toggle" aria-expanded={props.open} data-liveguard="panel-toggle" onClick={props.onToggle}>
      {t('panelToggle')} <span class="lg-count">{props.findings.value.length}</span>
    </button>
  );
}
