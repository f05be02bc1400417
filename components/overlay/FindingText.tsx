import type { Finding } from '@/lib/model';
import { t } from '@/lib/i18n';
import { BLACKLIST_DETECTOR } from '@/lib/credit/finding';
import { ruleBasisKey, SELLER_DIFFERS_DETECTOR } from '@/lib/shared/rule-basis';

/** The parts every finding shows (R-RISK-2): category, rule, matched text, what to do. Text only. */
export function FindingText(props: { finding: Finding }) {
  const f = props.finding;
  const advice = t(f.messageKey);
  // R-CREDIT-14: a blacklist finding names the blacklist, not the category it is filed under
  const blacklist = f.detector === BLACKLIST_DETECTOR;
  const sep = t('labelSep'); // "：" in Chinese, ": " in English
  return (
    <div class="lg-finding-text">
      <div class="lg-cat">
        <span class={`lg-sev lg-sev-${f.severity}`}>{t(`sev_${f.severity}`)}</span> {blacklist ? t('creditBlacklistCat') : f.detector === SELLER_DIFFERS_DETECTOR ? t('sellerDiffersCat') : t(`cat_${f.category}`)}
      </div>
      {/* page text in <bdi>: an RTL override inside it cannot reorder our own words around it */}
      <div class="lg-matched">
        {t('popupMatched')}{sep}<q>
          <bdi>{f.matched.text}</bdi>
        </q>
      </div>
      {f.source.author && (
        <div class="lg-author">
          {t('popupAuthor')}{sep}<bdi>{f.source.author}</bdi>
        </div>
      )}
      {blacklist && (
        <div class="lg-source" data-liveguard="blacklist-context">
          <bdi>{f.source.text}</bdi>
        </div>
      )}
      <div class="lg-advice">{advice === f.messageKey ? t(`advice_${f.category}`) : advice}</div>
      {f.category === 'off_platform' && <div class="lg-rule-words">{t('offPlatformRuleWords')}</div>}
      <div class="lg-rule">
        {/* the basis names the Measures the rule comes from, 2021 or 2026 (issue 20 item 4) */}
        {t('popupRule')}{sep}{f.ruleId} · {t(ruleBasisKey(f))}
      </div>
    </div>
  );
}
