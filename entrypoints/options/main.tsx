import { render } from 'preact';
import { t } from '@/lib/i18n';
import { GuardianSection } from '@/components/options/GuardianSection';
import { SyncSection } from '@/components/options/SyncSection';
import { EvidenceSection } from '@/components/options/EvidenceSection';

// Each area contributes one section component (components/options/*Section.tsx), listed here.
const SECTIONS: Array<() => preact.JSX.Element> = [SyncSection, EvidenceSection, GuardianSection];

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
render(<Options />, document.getElementById('app')!);
