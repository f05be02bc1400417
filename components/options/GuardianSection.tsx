import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { send, type ResponseOf } from '@/lib/messaging';
import type { SettingsPatch } from '@/lib/protection/settings';
import { ActivityLogView } from '@/components/protection/ActivityLogView';
import { GuardianForm } from '@/components/protection/GuardianForm';
import { pinProblem } from '@/components/protection/labels';
import { SetPinForm } from '@/components/protection/SetPinForm';

type View = ResponseOf<'protection:getSettings'>;
type Log = ResponseOf<'protection:getLog'>;

/**
 * Options section of guardian protection mode (R-MINOR-10/11/12). Everything goes through the
 * background: it checks the PIN and the policy; this page never sees the hash.
 */
export function GuardianSection() {
  const [view, setView] = useState<View | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pinMsg, setPinMsg] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [log, setLog] = useState<Log | null>(null);

  const reload = () => send('protection:getSettings', {}).then(setView, (e: Error) => setProblem(t('protError', e.message)));
  useEffect(() => void reload(), []);

  async function run<R extends { ok: boolean; lockedUntil: number | null; error?: string }>(p: Promise<R>, report: (m: string | null) => void) {
    setBusy(true);
    setSaved(false);
    try {
      const r = await p;
      report(pinProblem(r));
      if (r.ok) setSaved(true);
    } catch (e) {
      report(t('protError', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
      await reload();
      if (log) setLog(await send('protection:getLog', {}));
    }
  }

  const save = (pin: string, patch: SettingsPatch) => run(send('protection:update', { pin, patch }), setProblem);
  const setPin = (v: { currentPin?: string; newPin: string }) => run(send('protection:setPin', v), setPinMsg);

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
            <GuardianForm key={JSON.stringify(view.settings) + view.locked.join()} settings={view.settings} locked={view.locked} browserTimeZone={view.browserTimeZone} problem={problem} saved={saved} busy={busy} onSave={save} />
          ) : null}
          {view.pinWeak ? <p role="alert" data-liveguard="pin-weak">{t('protPinWeak')}</p> : null}
          {!view.pinLocked ? (
            <details open={!view.hasPin || view.pinWeak}>
              <summary>{view.hasPin ? t('protChangePin') : t('protSetPin')}</summary>
              <SetPinForm needsCurrent={view.hasPin} problem={pinMsg} busy={busy} onSubmit={setPin} />
            </details>
          ) : (
            <p data-liveguard="pin-by-policy">{t('protPin')}: {t('protByPolicy')}</p>
          )}
        </>
      ) : problem ? (
        <p role="alert">{problem}</p>
      ) : null}
      <h3>{t('protLog')}</h3>
      {log ? <ActivityLogView {...log} /> : <button type="button" data-liveguard="show-log" onClick={() => send('protection:getLog', {}).then(setLog)}>{t('protLogShow')}</button>}
      <p>{t('protLostPin')}</p>
    </section>
  );
}
