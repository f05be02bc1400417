import { render } from 'preact';
import { markPageLanguage, t } from '@/lib/i18n';
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
    <main data-liveguard="options">
      <h1>{t('extName')}</h1>
      {SECTIONS.map((Section, i) => (
        <Section key={i} />
      ))}
    </main>
  );
}
markPageLanguage(); // <html lang> follows the UI language (issue 18 item 6)
render(<Options />, document.getElementById('app')!);
