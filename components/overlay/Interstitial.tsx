import { useEffect, useRef } from 'preact/hooks';
import type { ShownFinding, FindingAction } from '@/lib/overlay/store';
import { t } from '@/lib/i18n';
import { FindingText } from './FindingText';
import { FindingActionButtons } from './FindingActionButtons';

/** Critical tier (阻断): covers the room until the viewer chooses to continue or leave. */
export function Interstitial(props: { item: ShownFinding; actions: FindingAction[]; onContinue(): void; onLeave(): void }) {
  const f = props.item.finding;
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => ref.current?.focus(), [props.item.uid]);
  return (
    <div class="lg-interstitial" role="alertdialog" aria-modal="true" aria-labelledby="lg-int-title" data-liveguard-finding={f.category} data-severity={f.severity}>
      <div class="lg-interstitial-box">
        <h2 id="lg-int-title">{t('interstitialTitle')}</h2>
        <FindingText finding={f} />
        <div class="lg-actions">
          <button type="button" class="lg-btn lg-primary" onClick={props.onLeave} ref={ref}>
            {t('interstitialLeave')}
          </button>
          <button type="button" class="lg-btn" data-liveguard-action="continue" onClick={props.onContinue}>
            {t('interstitialContinue')}
          </button>
          <FindingActionButtons item={props.item} actions={props.actions} />
        </div>
      </div>
    </div>
  );
}
