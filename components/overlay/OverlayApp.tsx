import { useRef } from 'preact/hooks';
import type { OverlayStore } from '@/lib/overlay/store';
import type { OverlayController } from '@/lib/overlay/controller';
import { t, uiLang } from '@/lib/i18n';
import { PopupStack } from './PopupStack';
import type { Corner } from '@/lib/overlay/placement';
import { Interstitial } from './Interstitial';
import { FindingsPanel } from './FindingsPanel';
import { PanelToggle } from './PanelToggle';

/** The whole in-page overlay: features' layers, the interstitial, pop-ups, panel and its toggle. */
export function OverlayApp(props: { store: OverlayStore; controller: OverlayController; virtualHost?: boolean; placePopups?: (stackHeight: number) => Corner; onLeave(): void }) {
  const { store, controller } = props;
  const actions = store.findingActions.value;
  const critical = store.interstitial.value;
  const root = useRef<HTMLDivElement>(null);
  const closePanel = () => {
    store.panelOpen.value = false;
    // keyboard users land back on the toggle they opened it with
    setTimeout(() => root.current?.querySelector<HTMLElement>('[data-liveguard="panel-toggle"]')?.focus(), 0);
  };
  return (
    // the tag of the strings shown (uiLang: the chosen table's or the locale file's), not the browser's own
    // @@ui_locale: a French browser reads zh-CN strings, and screen readers pick their voice by this tag
    <div class="lg-root" ref={root} lang={uiLang()}>
      {store.layers.value.map(({ id, Component }) => (
        <Component key={id} />
      ))}
      <PopupStack popups={store.popups.value} actions={actions} place={props.placePopups} onAck={(uid) => controller.ack(uid)} onMute={(p) => controller.mute(p.finding.category)} />
      <div class="lg-dock">
        {props.virtualHost && (
          <span class="lg-badge" data-liveguard="virtual-host">
            {t('virtualHostBadge')}
          </span>
        )}
        {/* the toggle reads the findings itself: a new finding re-renders the count, not the overlay (issue 5) */}
        <PanelToggle findings={store.findings} waiting={store.waiting} open={store.panelOpen.value} onToggle={() => (store.panelOpen.value = !store.panelOpen.value)} />
      </div>
      {store.panelOpen.value && (
        <OpenPanel
          store={store}
          muted={store.muted.value}
          waiting={store.waiting.value}
          sections={store.panelSections.value}
          onAck={(uid) => controller.ack(uid)}
          actions={actions}
          onClose={closePanel}
          onUnmute={(c) => controller.unmute(c)}
        />
      )}
      {/* last, so the interstitial covers pop-ups and the panel too */}
      {critical && <Interstitial item={critical} actions={actions} onContinue={() => controller.continueFromInterstitial()} onLeave={props.onLeave} />}
    </div>
  );
}

/** the findings panel, subscribed to the findings itself (only while open) */
function OpenPanel(props: Omit<Parameters<typeof FindingsPanel>[0], 'items'> & { store: OverlayStore }) {
  const { store, ...rest } = props;
  return <FindingsPanel items={store.findings.value} {...rest} />;
}
