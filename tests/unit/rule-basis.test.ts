// Issue 20 item 4: the rule texts quoted to users say which Measures they come from (2021 Webcast
// Marketing Measures vs 2026 Livestream E-commerce Supervision Measures), in zh_CN and en.
import { describe, expect, it } from 'vitest';
import { buildLocaleMessages } from '@/lib/locales-build';
import { CATEGORIES, RULES, ruleMeasures, type RuleId } from '@/lib/taxonomy';
import { RULE_BASIS_KEYS, ruleBasisKey } from '@/lib/shared/rule-basis';

const msgs = buildLocaleMessages('locales');
const text = (lang: 'zh_CN' | 'en', key: string) => (msgs as Record<string, Record<string, { message: string }>>)[lang]?.[key]?.message;
const NAMES = {
  webcast2021: { zh_CN: '《网络直播营销管理办法（试行）》（2021年）', en: 'Administrative Measures for Webcast Marketing (Trial), 2021' },
  ecommerce2026: { zh_CN: '《直播电商监督管理办法》（2026年）', en: 'Livestream E-commerce Supervision Measures, 2026' },
};

describe('rule basis texts name their Measures', () => {
  it('the 2026 rule ids are R-INFO-24, R-PRICE-25, R-COMPLAINT-26; the others come from 2021', () => {
    expect((Object.keys(RULES) as RuleId[]).filter((id) => ruleMeasures(id) === 'ecommerce2026')).toEqual(['R-INFO-24', 'R-PRICE-25', 'R-COMPLAINT-26']);
    expect(ruleMeasures('R-OFF-6')).toBe('webcast2021');
  });
  it('every basis a finding can quote exists in both languages', () => {
    const keys = [...CATEGORIES.map((c) => `basis_${c}`), ...Object.values(RULE_BASIS_KEYS)];
    for (const k of keys) for (const lang of ['zh_CN', 'en'] as const) expect(text(lang, k), `${lang} ${k}`).toBeTruthy();
  });
  it('a rule with its own basis quotes the Measures it comes from, in both languages', () => {
    for (const [id, key] of Object.entries(RULE_BASIS_KEYS) as [RuleId, string][]) {
      for (const lang of ['zh_CN', 'en'] as const) expect(text(lang, key), `${id} ${lang}`).toContain(NAMES[ruleMeasures(id)][lang]);
    }
  });
  it('a finding under a 2021 rule quotes its category\'s basis, which names the 2021 Measures where they are its source', () => {
    expect(ruleBasisKey({ ruleId: 'R-OFF-6', category: 'off_platform' })).toBe('basis_off_platform');
    expect(ruleBasisKey({ ruleId: 'R-PRICE-25', category: 'price_fraud' })).toBe('basisRule_R_PRICE_25');
    expect(ruleBasisKey({ ruleId: 'R-INFO-24', category: 'false_claim' })).toBe('basisRule_R_INFO_24');
    for (const c of ['off_platform', 'false_claim', 'counterfeit', 'prohibited_goods', 'gambling_fraud', 'data_falsification', 'harassment'])
      for (const lang of ['zh_CN', 'en'] as const) expect(text(lang, `basis_${c}`)).toContain(NAMES.webcast2021[lang]);
    // price and minors rest on other laws, named with their year or title, never on an unnamed "Measures"
    expect(text('zh_CN', 'basis_price_fraud')).toContain('《明码标价和禁止价格欺诈规定》（2022年）');
    expect(text('en', 'basis_minor_unsuitable')).toContain('Minors Protection Law');
  });
});
