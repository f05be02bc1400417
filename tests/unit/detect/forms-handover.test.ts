/**
 * The rule forms (lib/detect/efficacy-forms.ts, price-forms.ts, goods-forms.ts, gambling-forms.ts, invite-forms.ts, vulgar-forms.ts) are data the
 * background hands the content script with the rules (issue 13: their patterns and cue lists are
 * not in the script). This file scans as the content script does: it never imports lib/detect/index.ts
 * (which provides the built-in forms to every other caller), so its scanner has the forms only from
 * the real getActiveRules answer, parsed by the protocol's zod schema and copied as a message is.
 * A form that does not survive the wire (a lost flag, a dropped `drop` regex or number check, the
 * efficacy forms' yielding to an earlier claim, the order among the detectors) fails here.
 * WXT's fakeBrowser stands in for runtime and storage.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerSync } from '@/lib/sync/background';
import { ActiveRulesSchema } from '@/lib/sync/protocol';
import { BUILT_IN_SCANNER_DATA } from '@/lib/detect/built-in-data';
import { EFFICACY_FORMS } from '@/lib/detect/efficacy-forms';
import { GAMBLING_FORMS } from '@/lib/detect/gambling-forms';
import { GOODS_FORMS } from '@/lib/detect/goods-forms';
import { INVITE_FORMS } from '@/lib/detect/invite-forms';
import { COMMERCE_FORMS } from '@/lib/detect/commerce-forms';
import { CLAIM_FORMS } from '@/lib/detect/claim-forms';
import { PRICE_FORMS } from '@/lib/detect/price-forms';
import { VULGAR_FORMS } from '@/lib/detect/vulgar-forms';
import { provideTradTable } from '@/lib/detect/char-fold';
import { formDetectors, provideForms } from '@/lib/detect/forms';
import { buildScanner } from '@/lib/detect/scanner';
import { structuredDetectors } from '@/lib/detect/structured';
import { CLAIM_DETECTORS } from '@/lib/detect/claim-patterns';
import { callBackgroundRaw, contentScript } from '../../background-call';
import { scanReaders } from './scan-readers';

// the order the forms are declared to run in, written here once and on purpose apart from
// built-in-data.ts's own list: the test must notice when that list drops or reorders a family
const FORMS_IN_ORDER = [...CLAIM_FORMS, ...EFFICACY_FORMS, ...PRICE_FORMS, ...GOODS_FORMS, ...COMMERCE_FORMS, ...GAMBLING_FORMS, ...INVITE_FORMS, ...VULGAR_FORMS];

// before the rules arrive there are no forms, and nothing silently scans without them
const before = (() => {
  try {
    structuredDetectors();
    return 'built';
  } catch (e) {
    return (e as Error).message;
  }
})();

fakeBrowser.reset();
registerSync(BUILT_IN_SCANNER_DATA);
const answer = ActiveRulesSchema.parse(await callBackgroundRaw('getActiveRules', { site: 'douyin' }, contentScript('https://live.douyin.com/1')));
const rules = structuredClone(answer);
provideTradTable(rules.tradTable);
provideForms(rules.forms);
// the rules alone (no scorer): what fires is the forms' doing
const scanner = buildScanner(rules, null);
const { detectors } = scanReaders(() => scanner, 'host');

describe('the rule forms handed over with the rules', () => {
  it('are not there before the rules arrive', () => {
    expect(before).toMatch(/no rule forms/);
  });

  it('come whole in the getActiveRules answer, in their declared order', () => {
    const ids = FORMS_IN_ORDER.map((f) => f.id);
    expect(rules.forms.map((f) => f.id)).toEqual(ids);
    expect(ids.length).toBeGreaterThanOrEqual(36);
    // after the claim detectors: an efficacy form yields to the claim-forms efficacy hit before it
    const order = structuredDetectors().map((d) => d.id);
    expect(order.slice(order.indexOf(CLAIM_DETECTORS.at(-1)!.id) + 1, order.indexOf(CLAIM_DETECTORS.at(-1)!.id) + 1 + ids.length)).toEqual(ids);
    expect(formDetectors().map((d) => d.cues)).toEqual(FORMS_IN_ORDER.map((f) => [...f.cues]));
  });

  it('keep each pattern exactly (source and flags)', () => {
        rules.forms.forEach((w, i) => {
      expect(w.re).toEqual({ source: FORMS_IN_ORDER[i].re.source, flags: FORMS_IN_ORDER[i].re.flags });
      expect(new RegExp(w.re.source, w.re.flags).source).toBe(FORMS_IN_ORDER[i].re.source);
    });
  });

  it('every form fires on its form', () => {
    const cases: [string, string][] = [
      ['这款茶喝了能降低血压', 'efficacy'],
      ['晒图评价五星后联系客服领5元', 'review_reward'],
      ['一贴就不疼', 'use_then_cured'],
      ['预防帕金森病', 'disease_suffix'],
      ['清理血管垃圾', 'organ_repair'],
      ['it protects you against the virus', 'cure_en'],
      ['吃了你家的茶瘦了十斤', 'shill_testimonial'],
      ['drop 3 dress sizes in 2 weeks', 'weight_en'],
      ['our drops relieve eczema', 'treat_en'],
      ['一分钟后恢复原价', 'price_deadline'],
      ['就今晚有这个福利', 'today_only'],
      ['三二一开抢', 'countdown'],
      ['抢完就下架', 'sell_out'],
      ['只放五十单', 'stock_left'],
      ['平时卖三百九十九 今天只要九十九', 'was_now'],
      ['89.9元起,原价459元', 'reference_price'],
      ['G家同款包包', 'brand_code'],
      ['专柜正品一折', 'genuine_cheap'],
      ['和专柜同一个工厂出来的', 'same_factory'],
      ['学生党也能分期', 'student_loan'],
      ['五十三度的酱香', 'spirits'],
      ['本店长期批发各种外烟', 'prohibited_offer'],
      ['RRP $89.99, our price $29', 'was_now_en'],
      ['the offer ends at midnight', 'deadline_en'],
      ['order tramadol online no prescription', 'prohibited_offer_en'],
      ['a 5 star review gets you a full refund', 'review_reward_en'],
      ['buy 500 real tiktok followers for $3', 'bought_metrics_en'],
      ['百家乐在线 注册就能玩', 'gambling_ad'],
      ['首存500送500', 'deposit_bonus'],
      ['收九星宠物的联系我', 'goods_then_ask'],
      ['主播在直播自慰', 'sexual_slang'],
      ['想舔妹妹逼', 'sex_act'],
      ['摸摸你的奶子', 'body_act'],
      ['好想睡你', 'sexual_advance'],
      ['长期高价收一类卡', 'card_trade'],
      ['吃了两周瘦了8斤', 'weight_loss'],
      ['天天喝这个酒能活到一百岁', 'longevity'],
      ['these pills stop the flu', 'virus_claim'],
      ['进直播间刷礼物就能返现', 'tip_rebate'],
      ['这块原石开出来就是捡漏', 'jade_gamble'],
      ['I sent $500 instead of $50, refund the extra', 'overpay_refund'],
      ['外面卖三百 我们直播间只要六十九', 'price_compare'],
      ['扫老板的码领红包', 'scan_owner'],
    ];
    for (const [text, id] of cases) expect(detectors(text), text).toContain(id);
  });

  it('keep their drop regex, number checks and yielding', () => {
    // drop: 毛病 names no disease
    expect(detectors('根治懒毛病')).not.toContain('disease_suffix');
    expect(detectors('根治荨麻疹')).toContain('disease_suffix');
    // later_lower: the price now must be the lower one
    expect(detectors('平时卖99 今天卖199')).not.toContain('was_now');
    // price_then_reference: the reference must be above the price
    expect(detectors('459元起,原价89元')).not.toContain('reference_price');
    // was_now_price: decimals read back from the dropped point ("£50" is above "£19.99", "£19.99" is not above "£50")
    expect(detectors('was £50 now £19.99')).toContain('was_now_en');
    expect(detectors('was £19.99 now £50')).not.toContain('was_now_en');
    // drop: a measure between the numbers is no price
    expect(detectors('it was 30 degrees, now 25')).not.toContain('was_now_en');
    // yields: the listed condition's efficacy claim names it; the form adds no second claim
    const found = scanner.scan({ kind: 'host', text: '吃三个月糖尿病都好了' });
    expect(found.map((f) => f.detector)).toEqual(['efficacy']);
  });

  it('a second, different set is refused (the gate and the prefilter were derived from the first)', () => {
    expect(() => provideForms(structuredClone(rules.forms))).not.toThrow();
    expect(() => provideForms(rules.forms.slice(1))).toThrow(/already set/);
  });
});
