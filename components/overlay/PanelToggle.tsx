import { t } from '@/lib/i18n';

import { useComputed, type ReadonlySignal } from '@preact/signals';
import type { ShownFinding } from '@/lib/overlay/store';

/**
 * Always-visible entry to the findings panel, with the count of this room's findings. The count is
 * a computed signal rendered as text: a new finding updates that one text node (and only when the
 * number changes), with no render of the overlay (issue 5) or of this button (issue 13).
 * Pop-ups beyond the two on screen collapse into it (issue 18 item 3): "+N" with its words for
 * screen readers; the panel lists them to acknowledge.
 */
export function PanelToggle(props: { findings: ReadonlySignal<ShownFinding[]>; waiting?: ReadonlySignal<ShownFinding[]>; open: boolean; onToggle(): void }) {
  const count = useComputed(() => props.findings.value.length);
  const waiting = props.waiting?.value.length ?? 0;
  return (
    <button type="button" class="lg-toggle" aria-expanded={props.open} data-liveguard="panel-toggle" onClick={props.onToggle}>
      {t('panelToggle')} <span class="lg-count">{count}</span>
      {waiting > 0 && (
        <span class="lg-waiting" data-liveguard="popups-waiting" data-count={waiting} title={t('popupsWaiting', String(waiting))}>
          +{waiting}
          <span class="lg-sr">{t('popupsWaiting', String(waiting))}</span>
        </span>
      )}
    </button>
  );
}
