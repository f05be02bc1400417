/** Wires the evidence section to the optional <all_urls> grant (R-COMPLAINT-17). */
import { useEffect, useState } from 'preact/hooks';
import { EvidenceSection } from '@/components/options/EvidenceSection';

const GRANT = { origins: ['<all_urls>'] };

export function EvidenceSectionPage() {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);
  useEffect(() => void browser.permissions.contains(GRANT).then(setGranted, () => setGranted(false)), []);
  const toggle = async (want: boolean) => {
    setDenied(false);
    // request() must run inside the click's user gesture: nothing awaited before it
    if (want && !(await browser.permissions.request(GRANT))) setDenied(true);
    if (!want) await browser.permissions.remove(GRANT);
    setGranted(await browser.permissions.contains(GRANT));
  };
  return <EvidenceSection granted={granted} denied={denied} onToggle={(want) => void toggle(want)} />;
}
