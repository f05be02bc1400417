/**
 * The first-run page (issue 18 item 4), opened by the background on install (never on update,
 * entrypoints/background/first-run.ts) and linked from the options page. It stores the viewer's
 * language (viewerPrefs.locale) and asks for the optional screenshot permission in the click, the
 * same grant as the complaint form's first filing (lib/complaints/screenshot-grant.ts: asked once).
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { WelcomeView } from '@/components/welcome/WelcomeView';
import type { LocaleChoice } from '@/components/welcome/LanguageChoice';
import { applyViewerLocale, saveViewerLocale } from '@/lib/page-locale';
import { requestScreenshotGrant, screenshotGrantState, type GrantState } from '@/lib/complaints/screenshot-grant';
import '@/components/design/page-styles';
import './style.css';

/** window.close() is refused once the viewer has navigated in this tab (to the options and back) */
async function closeTab() {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}

function Welcome(props: { initial: LocaleChoice }) {
  const [locale, setLocale] = useState<LocaleChoice>(props.initial);
  const [busy, setBusy] = useState(false);
  const [grant, setGrant] = useState<GrantState | null>(null);
  const [denied, setDenied] = useState(false);
  useEffect(() => void screenshotGrantState().then(setGrant, () => setGrant({ granted: false, canAsk: false, asked: true, test: null })), []);

  const chooseLocale = (l: LocaleChoice) => {
    const before = locale;
    // the radio shows the choice at once; the page re-renders in that language once its messages
    // are loaded (busy ends), or goes back to the previous choice if it could not be saved
    setLocale(l);
    setBusy(true);
    void saveViewerLocale(l).catch(() => setLocale(before)).finally(() => setBusy(false));
  };
  const allowShot = () => {
    if (!grant) return;
    // inside the click: permissions.request needs the user gesture, nothing is awaited before it
    void requestScreenshotGrant(grant).then((ok) => {
      setDenied(!ok);
      setGrant({ ...grant, granted: ok, asked: true });
    });
  };
  return (
    <WelcomeView
      locale={locale}
      localeBusy={busy}
      onLocale={chooseLocale}
      shotGranted={grant ? grant.granted : null}
      shotDenied={denied}
      onAllowShot={allowShot}
      optionsHref="/options.html"
      onDone={() => void closeTab()}
    />
  );
}

void applyViewerLocale().then((l) => render(<Welcome initial={l} />, document.getElementById('app')!));
