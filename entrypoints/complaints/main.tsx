/**
 * The complaint manager (R-COMPLAINT-18/19): list + filters, detail with evidence, editing,
 * status, export/print/import. Reads the shared IndexedDB directly (same extension origin).
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { db } from '@/lib/db/database';
import { deleteComplaint, listComplaints, saveComplaint } from '@/lib/db/complaints';
import { getScreenshot } from '@/lib/db/screenshots';
import { applyFilter, NO_FILTER } from '@/lib/complaints/filter';
import { withStatus } from '@/lib/complaints/build';
import { verifyEvidence } from '@/lib/complaints/hashing';
import { exportFileName, exportZip } from '@/lib/complaints/export-zip';
import { importZip, ImportError } from '@/lib/complaints/import-zip';
import { reportHtml } from '@/lib/complaints/report-html';
import type { ReportLang } from '@/lib/complaints/report-labels';
import type { Complaint } from '@/lib/complaints/schema';
import { filingGuidance } from '@/lib/complaints/filing-guidance';
import { viewerTimeZone } from '@/lib/complaints/time-format';
import { PLATFORM_ENTRIES } from '@/lib/complaints/platform-entries';
import { t } from '@/lib/i18n';
import { isQuotaError } from '@/lib/db/database';
import { ComplaintFilters } from '@/components/complaints/ComplaintFilters';
import { ComplaintList } from '@/components/complaints/ComplaintList';
import { ComplaintDetail } from '@/components/complaints/ComplaintDetail';
import { ImportExportBar } from '@/components/complaints/ImportExportBar';
import { applyViewerLocale } from '@/lib/page-locale';
import '@/components/design/page-styles';
import './style.css';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

function download(bytes: Uint8Array, name: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function screenshotsOf(list: Complaint[]) {
  const m = new Map<string, Blob>();
  for (const c of list) {
    const ref = c.evidence.screenshot;
    const row = ref ? await getScreenshot(db(), ref.id) : undefined;
    if (ref && row) m.set(ref.id, row.blob);
  }
  return m;
}

function errorText(e: unknown): string {
  if (e instanceof ImportError) return `${t(`cpImport_${e.code}`)} (${e.message})`;
  if (isQuotaError(e)) return t('complaintQuota');
  return e instanceof Error ? e.message : String(e);
}

function App() {
  const [all, setAll] = useState<Complaint[]>([]);
  const [filter, setFilter] = useState(NO_FILTER);
  const [selected, setSelected] = useState<string | null>(new URLSearchParams(location.search).get('id'));
  const [shotUrl, setShotUrl] = useState<string | null>(null);
  const [intact, setIntact] = useState<boolean | null>(null);
  const [lang, setLang] = useState<ReportLang>(t('@@ui_locale').startsWith('zh') ? 'zh-CN' : 'en');
  const [notice, setNotice] = useState<Notice>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);

  const reload = async () => setAll(await listComplaints(db()));
  useEffect(() => {
    void reload();
    // ask the browser not to evict our data (R-COMPLAINT-16); unlimitedStorage covers Chromium already
    void navigator.storage?.persist?.().then(setPersisted, () => setPersisted(false));
  }, []);

  const current = all.find((c) => c.id === selected) ?? null;
  useEffect(() => {
    let url: string | null = null;
    setShotUrl(null);
    setIntact(null);
    if (!current) return;
    void (async () => {
      const ref = current.evidence.screenshot;
      const row = ref ? await getScreenshot(db(), ref.id) : undefined;
      if (row) setShotUrl((url = URL.createObjectURL(row.blob)));
      setIntact((await verifyEvidence(current.evidence)).length === 0);
    })();
    return () => void (url && URL.revokeObjectURL(url));
  }, [current?.id]);

  const guard = (fn: () => Promise<void>) => () => void fn().catch((e: unknown) => setNotice({ kind: 'error', text: errorText(e) }));
  const exportList = (list: Complaint[], single?: Complaint) =>
    guard(async () => download(await exportZip(list, await screenshotsOf(list), lang, Date.now()), exportFileName(Date.now(), single)))();

  const shown = applyFilter(all, filter);
  const timeZone = viewerTimeZone();
  const entry = current ? PLATFORM_ENTRIES[current.evidence.page.site] : undefined;
  const guide = current && entry ? filingGuidance(current, entry, (k, s) => t(k, s), timeZone) : [];
  return (
    <>
      <ImportExportBar
        lang={lang}
        onLang={setLang}
        count={all.length}
        onExportAll={() => exportList(all)}
        onImport={(file) =>
          guard(async () => {
            const r = await importZip(db(), await file.arrayBuffer());
            setNotice({ kind: 'ok', text: t('cpImported', [String(r.added), String(r.skipped)]) });
            await reload();
          })()
        }
      />
      {/* every part inside a landmark (axe `region`, issue 18 item 6): the notices open the main part */}
      <main>
        {notice && <p role={notice.kind === 'error' ? 'alert' : 'status'} class={`notice ${notice.kind}`} data-liveguard="complaint-notice" data-kind={notice.kind}>{notice.text}</p>}
        {persisted === false && <p class="notice">{t('cpNotPersisted')}</p>}
        <div class="lg-complaints">
          <div class="lg-ui-card list-pane">
            <ComplaintFilters value={filter} onChange={setFilter} />
            <ComplaintList items={shown} selected={selected} onSelect={setSelected} timeZone={timeZone} now={Date.now()} />
          </div>
          {current ? (
            <ComplaintDetail
              complaint={current}
              screenshotUrl={shotUrl}
              intact={intact}
              now={Date.now()}
              timeZone={timeZone}
              guide={guide}
              onSave={(c) => guard(async () => { await saveComplaint(db(), { ...c, updatedAt: Date.now() }); setNotice({ kind: 'ok', text: t('cpSaved') }); await reload(); })()}
              onStatus={(s) => guard(async () => { await saveComplaint(db(), withStatus(current, s, Date.now())); await reload(); })()}
              onExport={() => exportList([current], current)}
              onPrint={() => {
                // the print view is the same escaped, script-free report as in the export
                const html = reportHtml([current], lang, Date.now(), () => shotUrl ?? '', timeZone);
                const w = window.open(URL.createObjectURL(new Blob([html], { type: 'text/html' })));
                w?.addEventListener('load', () => w.print());
              }}
              onDelete={() => guard(async () => { if (confirm(t('cpDeleteConfirm'))) { await deleteComplaint(db(), current.id); setSelected(null); await reload(); } })()}
            />
          ) : (
            <p class="lg-ui-card lg-muted">{t('cpPick')}</p>
          )}
        </div>
      </main>
    </>
  );
}

// the viewer's language choice (issue 18 item 4) before the first render
void applyViewerLocale().then(() => render(<App />, document.getElementById('app')!));
