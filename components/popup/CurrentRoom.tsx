import type { RoomState } from '@/lib/room/protocol';
import { t } from '@/lib/i18n';

/**
 * The current room as the toolbar popup shows it (issue 14): the page cannot draw over the popup,
 * so the findings can always be read here, and the viewer is told when the page tampered with
 * LiveGuard's on-page warnings.
 */
export function CurrentRoom(props: { room: RoomState }) {
  const r = props.room;
  const latest = r.findings.slice(-5).reverse();
  return (
    <section data-liveguard="popup-room" data-site={r.site} data-findings={r.findings.length} data-repairs={r.ui.repairs}>
      <h2>{t('popupRoomTitle')}</h2>
      <p>
        {r.site} · <bdi>{r.hostName ?? '—'}</bdi> · {t('popupRoomFindings', String(r.findings.length))}
      </p>
      {latest.length > 0 && (
        <ul>
          {latest.map((f) => (
            <li key={`${f.at}-${f.category}`} data-severity={f.severity}>
              {t(`cat_${f.category}`)} ({f.ruleId})
            </li>
          ))}
        </ul>
      )}
      {r.ui.repairs > 0 && <p role="alert" data-liveguard="popup-tampered">{t('popupRoomTampered', String(r.ui.repairs))}</p>}
    </section>
  );
}
