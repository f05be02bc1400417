/** Wires the guardian section to the background: every read and change is a protection message (R-MINOR-10/11). */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging';
import type { SettingsPatch } from '@/lib/protection/settings';
import { pinProblem } from '@/components/protection/labels';
import { GuardianSection, type GuardianLog, type GuardianView } from '@/components/options/GuardianSection';

export function GuardianSectionPage() {
  const [view, setView] = useState<GuardianView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pinMsg, setPinMsg] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [log, setLog] = useState<GuardianLog | null>(null);

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
    />
  );
}
