/**
 * ChineseHarm-bench (zjunlp, benchmark/*.json: real Chinese platform content the publisher labelled
 * with one of six labels) mapped onto the one taxonomy (requirements.md), for the TEST split
 * (issue 15). Neither the rules nor the scorer may see it: no rule is written from it (rule authors
 * do not read this file either), and the trainer reads only the train split.
 *
 * The publisher's label gives the category where the taxonomy has one for it (by: "source"):
 *   博彩 → gambling_fraud; 低俗色情 → minor_unsuitable (adult content); 谩骂引战 → harassment;
 *   不违规 → benign, a hard negative (real platform text the platform let stand).
 * Two labels span several taxonomy categories. Their cues below are the publisher's own category
 * definitions (knowledge.py in the same repository) matched against the taxonomy's definitions:
 *   欺诈 → gambling_fraud (its definitions 1, 2, 4: high-commission job and task scams, investment
 *     and "refund" scams, prize and free-gift traps) unless the line only has the OTHER cue
 *     (definition 3, impersonating police, banks, couriers or customer service; loan offers):
 *     those risks lie outside the taxonomy;
 *   黑产广告 → gambling_fraud for paid simple tasks (definition 1: 日结, 一单一结, 返佣, likes,
 *     follows, comments, typing, copying novels, brushing), data_falsification where the task fakes
 *     likes, follows, comments, reviews, sales or popularity, prohibited_goods for real-name cards
 *     and papers (definition 3: bank cards, SIM cards, business licences, 代开).
 * Every risky line (any label but 不违规) also gets off_platform when it has a CONTACT cue (a
 * contact app or its homophones, a number, link, QR code, "DM me", a group to join; R-OFF-7).
 * A line labelled by any cue is by: "cue".
 *
 * 低俗色情 → minor_unsuitable is LOOSE (checked against requirements.md in stop 29): minor_unsuitable
 * is goods and ads unsuitable for minors (alcohol, adult products, student loans, cosmetic
 * procedures, lottery, urging children to tip); 低俗色情 is obscene or vulgar content and sex-service
 * ads, which the Measures forbid through Art. 18(1) (网络信息内容生态治理规定 Art. 6-7) and for which
 * the taxonomy has no category. Only its adult-product ads belong in minor_unsuitable (its contact
 * lures already get off_platform by cue below, its sexual insults would be harassment). What is right
 * is a taxonomy decision (a category for obscene content, or these lines untaxed); until then the
 * mapping stays as it was, so that figures stay comparable across stops. A 欺诈 or 黑产广告 line left with no category has a risk
 * outside the taxonomy: it is kept with untaxed=true (left out of rates and training).
 */
import type { Category } from '../../lib/taxonomy';

/** off_platform (requirements.md R-OFF-7): contact apps and homophones, numbers, links, QR codes, DM, groups */
const CONTACT = /微信|威信|薇信|徽信|维信|v信|vx|wx|加v|➕v|\+v|推v|v[:：]|qq|扣扣|企鹅|telegram|加我|加个?好友|私聊|私信|私我|丝我|思我|滴滴|联系|电话|手机号|二维码|扫码|看主页|主页有|群号|进群|加群|q群|\d{6,}|https?:|www\.|\.top\b|\.vip\b/i;
/** 欺诈 definitions 1, 2, 4 (= gambling_fraud: task/job scams, guaranteed-return investments, prizes) */
const SCAM = /兼职|刷单|做单|任务|日结|一单一结|立结|秒结|佣金|返佣|高薪|日赚|日入|月入|躺赚|稳赚|赚|挣|零投资|0投资|投资|理财|股票|荐股|个股|回报|收益|返利|回本|本金|保本|翻倍|清退|兑付|创业|副业|项目|招人|招聘|中奖|领奖|抽奖|免费领|免费送|赠送|包邮费|邮费/i;
/** 欺诈 definition 3 and loan offers: outside the taxonomy */
const OTHER = /公安|警察|刑侦|检察|法院|银行|年检|快递|客服|退款|理赔|冻结|贷款|借款|下款|征信/;
/** 黑产广告 definition 1: paid simple tasks (= gambling_fraud, task/brushing-job scams) */
const TASK = /日结|一单一结|一单|单结|立结|秒结|返佣|佣金|点赞|关注|评论|打字|聊天|抄小说|抄写|刷单|销量|知名度|人气|代发|兼职|赚|零花钱|一天\d|每天\d/;
/** 黑产广告 definition 1, faked engagement (= data_falsification) */
const FAKE_DATA = /点赞|关注|评论|刷单|销量|知名度|人气|好评|差评|水军|刷粉|涨粉|买粉|粉丝|播放量|浏览量/;
/** 黑产广告 definition 3, real-name cards and papers (= prohibited_goods: fake invoices, real-name-free cards) */
const PROHIBITED = /发票|代开|办证|假证|刻章|银行卡|信用卡|sim卡|手机卡|电话卡|黑卡|营业执照|对公账户|四件套|身份证|代实名|免实名/i;

export const HARM_FILES = ['不违规', '低俗色情', '博彩', '欺诈', '谩骂引战', '黑产广告'] as const;
export type HarmLabel = (typeof HARM_FILES)[number];

export interface HarmMapping {
  labels: Category[];
  by: 'source' | 'cue';
  hard?: true;
  untaxed?: true;
}

export function mapHarmLine(label: HarmLabel, text: string): HarmMapping {
  if (label === '不违规') return { labels: [], by: 'source', hard: true };
  const fromSource: Category[] = label === '博彩' ? ['gambling_fraud'] : label === '低俗色情' ? ['minor_unsuitable'] : label === '谩骂引战' ? ['harassment'] : [];
  const fromCue = new Set<Category>();
  if (label === '欺诈' && (SCAM.test(text) || !OTHER.test(text))) fromCue.add('gambling_fraud');
  if (label === '黑产广告') {
    if (TASK.test(text)) fromCue.add('gambling_fraud');
    if (FAKE_DATA.test(text)) fromCue.add('data_falsification');
    if (PROHIBITED.test(text)) fromCue.add('prohibited_goods');
  }
  if (CONTACT.test(text)) fromCue.add('off_platform');
  for (const c of fromSource) fromCue.delete(c);
  const labels = [...fromSource, ...fromCue];
  if (!labels.length) return { labels: [], by: 'cue', untaxed: true };
  return { labels, by: fromCue.size ? 'cue' : 'source' };
}

/** every k-th item in file order, k = ⌊n / want⌋ (deterministic sample; all when n ≤ want) */
export function everyKth<T>(xs: readonly T[], want: number): T[] {
  const k = Math.max(1, Math.floor(xs.length / want));
  return xs.filter((_, i) => i % k === 0).slice(0, want);
}
