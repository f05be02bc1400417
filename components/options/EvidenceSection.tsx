/**
 * Options: screenshots when filing from the overlay (R-COMPLAINT-17). Off by default: it needs the
 * optional <all_urls> grant, which the browser asks the viewer for; turning it off gives it back.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

const GRANT = { origins: ['<all_urls>'] };

export function EvidenceSection() {
  const [on, setOn] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);
  useEffect(() => void browser.permissions.contains(GRANT).then(setOn, () => setOn(false)), []);
  const toggle = async (want: boolean) => {
    setDenied(false);
    // request() must run inside the click's user gesture: nothing awaited before it
    if (want && !(await browser.permissions.request(GRANT))) setDenied(true);
    if (!want) await browser.permissions.remove(GRANT);
    setOn(await browser.permissions.contains(GRANT));
  };
  return (
    <section data-liveguard="evidence-section">
      <h2>{t('evidenceSectionTitle')}</h2>
      <label>
        <input type="checkbox" data-testid="evidence-screenshot" disabled={on === null} checked={!!on} onChange={(e) => void toggle((e.currentTarget as HTMLInputElement).checked)} />{' '}
        {t('evidenceScreenshotToggle')}
      </label>
      <p>{t('evidenceScreenshotWhy')}</p>
      {denied && <p role="status">{t('evidenceScreenshotDenied')}</p>}
    </section>
  );
}
