/**
 * The first-run page (issue 18 item 4): what LiveGuard does, the privacy promise, the language,
 * the optional screenshot permission and the optional guardian set-up. Presentational: the page
 * (entrypoints/welcome) stores the language and asks the browser for the permission inside the
 * click (permissions.request needs the user gesture).
 */
import { t } from '@/lib/i18n';
import { SITE_IDS } from '@/lib/model';
import { siteLabelKey } from '@/lib/complaints/label-keys';
import { Button } from '../design/Button';
import { Card } from '../design/Card';
import { LanguageChoice, type LocaleChoice } from './LanguageChoice';

export interface WelcomeViewProps {
  locale: LocaleChoice;
  localeBusy: boolean;
  onLocale(l: LocaleChoice): void;
  /** null while asked; true granted; false not (yet) granted */
  shotGranted: boolean | null;
  shotDenied: boolean;
  onAllowShot(): void;
  optionsHref: string;
  onDone(): void;
}

const WHAT = ['welcomeWhatRisk', 'welcomeWhatPrice', 'welcomeWhatCredit', 'welcomeWhatComplaint', 'welcomeWhatMinor'];

export function WelcomeView(p: WelcomeViewProps) {
  return (
    <main class="lg-page-main lg-welcome" data-liveguard="welcome">
      <header class="lg-welcome-hero">
        <h1>{t('welcomeTitle')}</h1>
        <p class="lg-welcome-lead">{t('welcomeLead')}</p>
      </header>
      <Card title={t('welcomeWhatTitle')} data-liveguard="welcome-what">
        <ul class="lg-welcome-list">
          {WHAT.map((k) => <li key={k}>{t(k)}</li>)}
        </ul>
        <p class="lg-muted">
          {t('welcomeSites')}
          {SITE_IDS.map((s) => t(siteLabelKey(s))).join(t('@@ui_locale').startsWith('zh') ? '、' : ', ')}
        </p>
      </Card>
      <Card title={t('welcomePrivacyTitle')} tone="accent" data-liveguard="welcome-privacy">
        <p>{t('welcomePrivacy')}</p>
      </Card>
      <Card data-liveguard="welcome-language-card">
        <LanguageChoice value={p.locale} busy={p.localeBusy} onChange={p.onLocale} />
      </Card>
      <Card title={t('welcomeShotTitle')} data-liveguard="welcome-screenshot">
        <p>{t('welcomeShotWhy')}</p>
        {p.shotGranted ? (
          <p role="status" data-liveguard="welcome-shot-state" data-state="granted">{t('welcomeShotGranted')}</p>
        ) : (
          <Button variant="primary" data-liveguard="welcome-allow-shot" disabled={p.shotGranted === null} onClick={p.onAllowShot}>
            {t('welcomeShotAllow')}
          </Button>
        )}
        {!p.shotGranted && p.shotDenied ? (
          <p role="status" data-liveguard="welcome-shot-state" data-state="denied">{t('welcomeShotDenied')}</p>
        ) : null}
      </Card>
      <Card title={t('welcomeGuardianTitle')} data-liveguard="welcome-guardian">
        <p>{t('welcomeGuardianText')}</p>
        <a class="lg-ui-button lg-ui-button--secondary" href={`${p.optionsHref}#guardian`} data-liveguard="welcome-guardian-link">
          {t('welcomeGuardianLink')}
        </a>
      </Card>
      <footer class="lg-welcome-footer">
        <p class="lg-muted">{t('welcomeDoneHint')}</p>
        <Button variant="primary" data-liveguard="welcome-done" onClick={p.onDone}>{t('welcomeDone')}</Button>
        <a href={p.optionsHref} data-liveguard="welcome-settings">{t('welcomeSettings')}</a>
      </footer>
    </main>
  );
}
