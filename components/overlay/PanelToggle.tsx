import { t } from '@/lib/i18n';

import { useComputed, type ReadonlySignal } from '@preact/signals';
import type { ShownFinding } from '@/lib/overlay/store';

/**
 * Always-visible entry to the findings panel, with the count of this room's findings. The count is
 * a computed signal rendered as text: a new finding updates that one text node (and only when the
 * number changes), with no render of the overlay (issue 5) or of this button (issue 13).
 */
export function PanelToggle(props: { findings: ReadonlySignal<ShownFinding[]>; open: boolean; onToggle(): void }) {
  const count = useComputed(() => props.findings.value.length);
  return (
    <button type="button" class="lg-toggle" aria-expanded={props.open} data-liveguard="panel-toggle" onClick={props.onToggle}>
      {t('panelToggle')} <span class="lg-count">{count}</span>
    </button>
  );
}
