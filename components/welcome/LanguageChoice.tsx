/**
 * The language choice of the first-run page (issue 18 item 4): follow the browser, 简体中文 or
 * English, as radio buttons. Each language is named in itself, so a viewer who cannot read the
 * current one still finds theirs. Presentational: the page stores the choice.
 */
import { t } from '@/lib/i18n';
import type { LOCALES } from '@/lib/locales-build';

/** a built locale, or null = follow the browser (viewerPrefs.locale in lib/storage.ts) */
export type LocaleChoice = (typeof LOCALES)[number] | null;

const OPTIONS: Array<{ value: LocaleChoice; label: () => string; lang?: string }> = [
  { value: null, label: () => t('welcomeLangFollow') },
  { value: 'zh_CN', label: () => '简体中文', lang: 'zh-CN' },
  { value: 'en', label: () => 'English', lang: 'en' },
];

export function LanguageChoice(props: { value: LocaleChoice; busy: boolean; onChange(l: LocaleChoice): void }) {
  return (
    <fieldset class="lg-welcome-langs" data-liveguard="welcome-language" aria-describedby="lg-welcome-lang-hint">
      <legend>{t('welcomeLangTitle')}</legend>
      {OPTIONS.map((o) => (
        <label key={o.value ?? 'browser'} lang={o.lang}>
          <input
            type="radio"
            name="locale"
            value={o.value ?? ''}
            checked={props.value === o.value}
            disabled={props.busy}
            onChange={() => props.onChange(o.value)}
          />{' '}
          {o.label()}
        </label>
      ))}
      <p id="lg-welcome-lang-hint" class="lg-muted">
        {t('welcomeLangHint')}
      </p>
    </fieldset>
  );
}
