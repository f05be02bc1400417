import type { ReportLang } from '@/lib/complaints/report-labels';
import { t } from '@/lib/i18n';
import { Button } from '../design/Button';

/** Export all / import a file, and the report language (R-COMPLAINT-19). */
export function ImportExportBar(props: { lang: ReportLang; onLang(l: ReportLang): void; onExportAll(): void; onImport(file: File): void; count: number }) {
  return (
    <header class="bar" data-liveguard="complaint-bar">
      <h1>{t('cpTitle')}</h1>
      <label>{t('cpReportLang')}{' '}
        <select name="lang" value={props.lang} onChange={(e) => props.onLang((e.currentTarget as HTMLSelectElement).value as ReportLang)}>
          <option value="zh-CN">中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <Button variant="primary" data-liveguard-action="export-all" disabled={props.count === 0} onClick={props.onExportAll}>{t('cpExportAll')}</Button>
      <label>{t('cpImport')}{' '}
        <input type="file" name="import" accept=".zip,application/zip" onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const f = input.files?.[0];
          if (f) props.onImport(f);
          input.value = '';
        }} />
      </label>
    </header>
  );
}
