import type { ShownFinding, FindingAction } from '@/lib/overlay/store';
import { t } from '@/lib/i18n';
import { FindingText } from './FindingText';
import { FindingActionButtons } from './FindingActionButtons';

/** Warning tier (弹窗提示, R-RISK-2/3): a prompt the viewer acknowledges; can mute the category here. */
export function WarningPopup(props: { item: ShownFinding; actions: FindingAction[]; onAck(): void; onMute(): void }) {
  const f = props.item.finding;
  const minor = f.category === 'minor_unsuitable';
  return (
    <div
      class="lg-popup"
      role="alertdialog"
      aria-labelledby={`lg-p-${props.item.uid}`}
      data-liveguard-finding={f.category}
      data-severity={f.severity}
      onKeyDown={(e) => {
        // Escape acknowledges, like the primary button (keyboard users, R-RISK-2)
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onAck();
        }
      }}
    >
      <div id={`lg-p-${props.item.uid}`} class="lg-popup-title">
        {minor ? t('minorReminderTitle') : t(`cat_${f.category}`)}
      </div>
      <FindingText finding={f} />
      <div class="lg-actions">
        <button type="button" class="lg-btn lg-primary" onClick={props.onAck} autoFocus>
          {t('popupAck')}
        </button>
        <button type="button" class="lg-btn" onClick={props.onMute}>
          {t('popupMute')}
        </button>
        <FindingActionButtons item={props.item} actions={props.actions} />
      </div>
    </div>
  );
}
