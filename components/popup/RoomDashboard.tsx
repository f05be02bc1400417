/**
 * The popup in a room (issue 18 item 2): the room's dashboard, like uBlock Origin's and
 * SponsorBlock's popups — site and room, the host with credit level, findings by tier with the
 * latest three, the pause switch, protection mode, how the page is read (site health), and how
 * often the page tampered with LiveGuard's UI (issue 14: the page cannot draw over the popup, so
 * this list is always readable). Presentational: the state comes from `room:state`.
 */
import { t } from '@/lib/i18n';
import { siteLabelKey } from '@/lib/complaints/label-keys';
import type { RoomState } from '@/lib/room/protocol';
import type { DashboardModel } from '@/lib/room/dashboard';
import { SiteHealthView } from '../sites/SiteHealthView';
import { Card } from '../design/Card';
import { CreditChip } from './CreditChip';
import { FindingsSummary } from './FindingsSummary';
import { PauseControl } from './PauseControl';
import { ProtectionSummary } from './ProtectionSummary';

export interface RoomDashboardProps {
  room: RoomState;
  model: DashboardModel;
  pauseBusy: boolean;
  onPause(): void;
  onResume(): void;
  onReportBroke(): void;
}

export function RoomDashboard({ room: r, model, pauseBusy, onPause, onResume, onReportBroke }: RoomDashboardProps) {
  return (
    <section data-liveguard="popup-room" data-site={r.site} data-room={r.roomId} data-findings={r.findings.length} data-repairs={r.ui.repairs} aria-labelledby="lg-pd-room">
      <Card
        class="lg-pd-card lg-pd-room"
        title={
          <span id="lg-pd-room">
            {t(siteLabelKey(r.site))} <span class="lg-pd-muted">{t('pdRoomLabel', r.roomId)}</span>
          </span>
        }
      >
        {r.title && (
          <p class="lg-pd-title">
            <bdi>{r.title}</bdi>
          </p>
        )}
        <p data-liveguard="popup-host">
          {t('pdHost')}: <bdi>{r.hostName ?? t('pdHostUnknown')}</bdi> · {t('pdCredit')} <CreditChip credit={r.credit} />
        </p>
      </Card>
      {r.ui.repairs > 0 && (
        <p role="alert" class="lg-pd-alert" data-liveguard="popup-tampered">
          {t('popupRoomTampered', String(r.ui.repairs))}
        </p>
      )}
      <FindingsSummary model={model} />
      <PauseControl pause={model.pause} busy={pauseBusy} onPause={onPause} onResume={onResume} />
      <ProtectionSummary protection={model.protection} />
      {r.health && <SiteHealthView health={r.health} onReport={onReportBroke} />}
      <p class="lg-pd-muted" data-liveguard="popup-room-rules" data-version={r.rulesVersion}>
        {t('pdRulesInRoom', String(r.rulesVersion))}
      </p>
    </section>
  );
}
