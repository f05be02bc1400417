import { render } from 'preact';
import { t } from '@/lib/i18n';
import { applyViewerLocale } from '@/lib/page-locale';
import '@/components/design/page-styles';
import { GuardianSectionPage } from './guardian-section';
import { SyncSectionPage } from './sync-section';
import { EvidenceSectionPage } from './evidence-section';
import { GuardianWatchSectionPage } from './guardian-watch-section';
import { RefundSectionPage } from './refund-section';

// Each area contributes one presentational section (components/options/*Section.tsx) and the file
// here that fetches, sends and subscribes for it (entrypoints/options/*-section.tsx), listed here.
const SECTIONS: Array<() => preact.JSX.Element> = [SyncSectionPage, EvidenceSectionPage, GuardianSectionPage, GuardianWatchSectionPage, RefundSectionPage];

function Options() {
  return (
    <main class="lg-page-main" data-liveguard="options">
      <header class="lg-page-header">
        <h1>{t('extName')}</h1>
        {/* the first-run page stays reachable (issue 18 item 4) */}
        <a href="/welcome.html" data-liveguard="open-welcome">{t('welcomeReopen')}</a>
      </header>
      {SECTIONS.map((Section, i) => (
        <Section key={i} />
      ))}
    </main>
  );
}

// the viewer's language choice first (issue 18 item 4), then the sections
void applyViewerLocale().then(() => {
  render(<Options />, document.getElementById('app')!);
  // the welcome page's "set up guardian protection" link lands here (options.html#guardian)
  if (location.hash === '#guardian') {
    const section = document.querySelector<HTMLElement>('[data-liveguard="guardian-section"]');
    section?.scrollIntoView();
    section?.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');
    section?.querySelector<HTMLElement>('h2')?.focus();
  }
});
