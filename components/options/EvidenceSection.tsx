/**
 * Options: screenshots when filing from the overlay (R-COMPLAINT-17). Off by default: it needs the
 * optional <all_urls> grant, which the browser asks the viewer for; turning it off gives it back.
 * Presentational: the options page holds the permission and asks for it.
 */
import { t } from '@/lib/i18n';

export interface EvidenceSectionProps {
  /** null while the browser is asked */
  granted: boolean | null;
  /** the viewer refused the browser's prompt */
  denied: boolean;
  /** raised inside the click, so the page can ask the browser within the user gesture */
  onToggle(want: boolean): void;
}

export function EvidenceSection({ granted, denied, onToggle }: EvidenceSectionProps) {
  return (
    <section data-liveguard="evidence-section">
      <h2>{t('evidenceSectionTitle')}</h2>
      <label>
        <input type="checkbox" data-testid="evidence-screenshot" disabled={granted === null} checked={!!granted} onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)} />{' '}
        {t('evidenceScreenshotToggle')}
      </label>
      <p>{t('evidenceScreenshotWhy')}</p>
      {denied && <p role="status">{t('evidenceScreenshotDenied')}</p>}
    </section>
  );
}
