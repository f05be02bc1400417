/** Wires the guardian's bypass page to the background (issue 24): reads settings and log, exports, prints. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging';
import { pinProblem } from '@/components/protection/labels';
import { GuardianWatchSection } from '@/components/options/GuardianWatchSection';
import type { GuardianLog, GuardianView } from '@/components/options/GuardianSection';
import { printPart } from './print-part';

export function GuardianWatchSectionPage() {
  const [view, setView] = useState<GuardianView | null>(null);
  const [log, setLog] = useState<GuardianLog | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const reload = async () => {
    try {
      const [v, l] = await Promise.all([send('protection:getSettings', {}), send('protection:getLog', {})]);
      setView(v);
      setLog(l);
    } catch (e) {
      setProblem(t('protError', e instanceof Error ? e.message : String(e)));
    }
  };
  useEffect(() => void reload(), []);

  async function run(p: Promise<{ ok: boolean; lockedUntil: number | null; error?: string }>) {
    setBusy(true);
    try {
      setProblem(pinProblem(await p));
    } catch (e) {
      setProblem(t('protError', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
      await reload();
    }
  }

  function exportJson() {
    if (!log) return;
    const body = JSON.stringify({ exportedAt: new Date().toISOString(), kind: 'liveguard-guardian-log', ...log }, null, 1);
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    a.download = `liveguard-guardian-log-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }

  return (
    <GuardianWatchSection
      view={view}
      log={log?.log ?? null}
      busy={busy}
      problem={problem}
      onClockRight={(pin) => void run(send('protection:clockRight', { pin }))}
      onOptions={(v) => void run(send('protection:guardianOptions', v))}
      onExportJson={exportJson}
      onPrint={() => printPart('log')}
    />
  );
}
