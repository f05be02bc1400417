/** Wires the guardian section to the background: every read and change is a protection message (R-MINOR-10/11). */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging';
import type { SettingsPatch } from '@/lib/protection/settings';
import { pinProblem } from '@/components/protection/labels';
import { printPart } from './print-part';
import { GuardianSection, type GuardianLog, type GuardianView } from '@/components/options/GuardianSection';

export function GuardianSectionPage() {
  const [view, setView] = useState<GuardianView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pinMsg, setPinMsg] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [log, setLog] = useState<GuardianLog | null>(null);
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const [recoverMsg, setRecoverMsg] = useState<string | null>(null);

  const reload = () => send('protection:getSettings', {}).then(setView, (e: Error) => setProblem(t('protError', e.message)));
  useEffect(() => void reload(), []);

  async function run<R extends { ok: boolean; lockedUntil: number | null; error?: string; recoveryCode?: string }>(p: Promise<R>, report: (m: string | null) => void) {
    setBusy(true);
    setSaved(false);
    try {
      const r = await p;
      report(r.error === 'wrong recovery code' || r.error === 'no recovery code' ? t('recWrong') : pinProblem(r));
      if (r.ok) setSaved(true);
      // shown once: kept only in this page's memory until the guardian says it is kept
      if (r.recoveryCode) setRecoveryCode(r.recoveryCode);
    } catch (e) {
      report(t('protError', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
      await reload();
      if (log) setLog(await send('protection:getLog', {}));
    }
  }

  return (
    <GuardianSection
      view={view}
      problem={problem}
      pinMsg={pinMsg}
      saved={saved}
      busy={busy}
      log={log}
      onSave={(pin: string, patch: SettingsPatch) => void run(send('protection:update', { pin, patch }), setProblem)}
      onSetPin={(v) => void run(send('protection:setPin', v), setPinMsg)}
      onShowLog={() => void send('protection:getLog', {}).then(setLog)}
      recoveryCode={recoveryCode}
      recoverMsg={recoverMsg}
      onRecover={(v) => void run(send('protection:recover', v), setRecoverMsg)}
      onPrintRecovery={() => printPart('recovery')}
      onRecoveryKept={() => setRecoveryCode(null)}
    />
  );
}
