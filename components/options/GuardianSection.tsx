import { t } from '@/lib/i18n';
import type { ResponseOf } from '@/lib/messaging';
import type { SettingsPatch } from '@/lib/protection/settings';
import { ActivityLogView } from '@/components/protection/ActivityLogView';
import { GuardianForm } from '@/components/protection/GuardianForm';
import { SetPinForm } from '@/components/protection/SetPinForm';
import { RecoveryCodeView } from '@/components/protection/RecoveryCodeView';
import { RecoverForm } from '@/components/protection/RecoverForm';

export type GuardianView = ResponseOf<'protection:getSettings'>;
export type GuardianLog = ResponseOf<'protection:getLog'>;

export interface GuardianSectionProps {
  view: GuardianView | null;
  /** the last settings save's problem (wrong PIN, lockout, policy…), or a load error */
  problem: string | null;
  /** the last PIN change's problem */
  pinMsg: string | null;
  saved: boolean;
  busy: boolean;
  /** null until the guardian asks to see it */
  log: GuardianLog | null;
  onSave(pin: string, patch: SettingsPatch): void;
  onSetPin(v: { currentPin?: string; newPin: string }): void;
  onShowLog(): void;
  /** issue 24: the code just made with a new PIN, shown once; null otherwise */
  recoveryCode: string | null;
  recoverMsg: string | null;
  onRecover(v: { code: string; newPin: string }): void;
  onPrintRecovery(): void;
  onRecoveryKept(): void;
}

/**
 * Options section of guardian protection mode (R-MINOR-10/11/12). Presentational: the options page
 * sends everything to the background, which checks the PIN and the policy; this page never sees the hash.
 */
export function GuardianSection({ view, problem, pinMsg, saved, busy, log, onSave, onSetPin, onShowLog, ...rec }: GuardianSectionProps) {
  return (
    <section data-liveguard="guardian-section">
      <h2>{t('protTitle')}</h2>
      <p>{t('protExplain')}</p>
      <p>{t('protPinNeverStored')}</p>
      {view ? (
        <>
          <p data-liveguard="protection-status" data-enabled={String(view.settings.enabled)}>
            <strong>{view.settings.enabled ? t('protStatusOn') : t('protStatusOff')}</strong>
            {view.locked.includes('enabled') ? <small data-liveguard="by-policy"> {t('protByPolicy')}</small> : null}
          </p>
          {view.policyErrors.length ? <p role="alert">{t('protPolicyErrors')} {view.policyErrors.join('; ')}</p> : null}
          {view.hasPin ? (
            <GuardianForm key={JSON.stringify(view.settings) + view.locked.join()} settings={view.settings} locked={view.locked} browserTimeZone={view.browserTimeZone} problem={problem} saved={saved} busy={busy} onSave={onSave} />
          ) : null}
          {view.pinWeak ? <p role="alert" data-liveguard="pin-weak">{t('protPinWeak')}</p> : null}
          {rec.recoveryCode ? <RecoveryCodeView code={rec.recoveryCode} onPrint={rec.onPrintRecovery} onDone={rec.onRecoveryKept} /> : null}
          {!view.pinLocked && view.hasPin ? (
            <details data-liveguard="recover-section">
              <summary>{t('recForgot')}</summary>
              <p data-liveguard="recovery-status" data-has={String(view.hasRecovery)}>{view.hasRecovery ? t('recStatusHas') : t('recStatusNone')}</p>
              {view.hasRecovery ? <RecoverForm problem={rec.recoverMsg} busy={busy} onSubmit={rec.onRecover} /> : null}
            </details>
          ) : null}
          {!view.pinLocked ? (
            <details open={!view.hasPin || view.pinWeak}>
              <summary>{view.hasPin ? t('protChangePin') : t('protSetPin')}</summary>
              <SetPinForm needsCurrent={view.hasPin} problem={pinMsg} busy={busy} onSubmit={onSetPin} />
            </details>
          ) : (
            <p data-liveguard="pin-by-policy">{t('protPin')}: {t('protByPolicy')}</p>
          )}
        </>
      ) : problem ? (
        <p role="alert">{problem}</p>
      ) : null}
      <h3>{t('protLog')}</h3>
      {log ? <ActivityLogView {...log} /> : <button type="button" data-liveguard="show-log" onClick={onShowLog}>{t('protLogShow')}</button>}
      <p>{t('protLostPin')}</p>
    </section>
  );
}
