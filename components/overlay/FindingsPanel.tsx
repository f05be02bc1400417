import type { Category } from '@/lib/taxonomy';
import type { ShownFinding, FindingAction, Layer } from '@/lib/overlay/store';
import { t } from '@/lib/i18n';
import { SELLER_DIFFERS_DETECTOR } from '@/lib/shared/rule-basis'; // R-INFO-24: named as what it is, not its category
import { FindingActionButtons } from './FindingActionButtons';

function time(at: number) {
  return new Date(at).toLocaleTimeString(undefined, { hour12: false });
}

/** The room's findings with times (R-RISK-3: muted ones stay listed); complaint filing hangs off it. */
export function FindingsPanel(props: {
  items: ShownFinding[];
  muted: Category[];
  /** pop-ups collapsed behind the two on screen (issue 18 item 3): acknowledged here too */
  waiting?: ShownFinding[];
  actions: FindingAction[];
  onClose(): void;
  onUnmute(c: Category): void;
  onAck?(uid: number): void;
  /** features' parts under the header (the room chart) */
  sections?: Layer[];
}) {
  return (
    <section
      class="lg-panel"
      role="dialog"
      aria-labelledby="lg-panel-title"
      data-liveguard="findings-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onClose();
        }
      }}
    >
      <header>
        <h2 id="lg-panel-title">{t('panelTitle')}</h2>
        <button type="button" class="lg-btn" onClick={props.onClose} aria-label={t('panelClose')}>
          ×
        </button>
      </header>
      {props.sections?.map(({ id, Component }) => <Component key={id} />)}
      {props.muted.length > 0 && (
        <div class="lg-muted-list">
          {props.muted.map((c) => (
            <button key={c} type="button" class="lg-chip" onClick={() => props.onUnmute(c)}>
              {t(`cat_${c}`)} · {t('panelMuted')} · {t('panelUnmute')}
            </button>
          ))}
        </div>
      )}
      {!!props.waiting?.length && (
        <section class="lg-waiting-list" data-liveguard="waiting-list" aria-label={t('panelWaitingTitle')}>
          <h3>{t('panelWaitingTitle')}</h3>
          <ul>
            {props.waiting.map((w) => (
              <li key={w.uid} data-liveguard-finding={w.finding.category} data-severity={w.finding.severity}>
                <strong>{t(`cat_${w.finding.category}`)}</strong>{' '}
                <q>
                  <bdi>{w.finding.matched.text}</bdi>
                </q>{' '}
                <button type="button" class="lg-link" onClick={() => props.onAck?.(w.uid)}>
                  {t('popupAck')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {props.items.length === 0 ? (
        <p>{t('panelEmpty')}</p>
      ) : (
        <ol class="lg-panel-list">
          {[...props.items].reverse().map((item) => (
            <li key={item.uid} data-liveguard-finding={item.finding.category} data-severity={item.finding.severity}>
              <time>{time(item.at)}</time> <span class={`lg-sev lg-sev-${item.finding.severity}`}>{t(`sev_${item.finding.severity}`)}</span>{' '}
              <strong>{item.finding.detector === SELLER_DIFFERS_DETECTOR ? t('sellerDiffersCat') : t(`cat_${item.finding.category}`)}</strong>{' '}
              <q>
                <bdi>{item.finding.matched.text}</bdi>
              </q>
              {item.finding.source.author && (
                <span class="lg-panel-author">
                  {' · '}
                  <bdi>{item.finding.source.author}</bdi>
                </span>
              )}
              <FindingActionButtons item={item} actions={props.actions} buttonClass="lg-link" />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
