/**
 * Issue 15, stop 33 (h-gamble): a gambling game or the lottery sold online named with where or through whom the bet
 * is taken (gambling-forms.ts gambling_site), part-time jobs paid per task or day (paid_task), the betting-site and
 * brushing-ad words police notices and the konsheng lexicon give (vocabulary/gambling-sites.ts STOP33, lures.ts
 * TASK_ZH), and 拉人 narrowed to its pay-per-recruit forms (official-fraud.ts). Every line is written here for the
 * test (never a corpus line). The scanner runs WITHOUT the trained scorer, so a positive fails when its rule is gone;
 * each family has look-alikes that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { rulesOnly } from './helpers';

const { categories: cats, detectors } = rulesOnly;

describe('a gambling game with its platform, group, agent, teacher or plan (gambling-forms.ts gambling_site)', () => {
  it('the game or the online lottery, then where or through whom the bet goes', () => {
    for (const t of [
      '靠谱的菠菜平台找我',
      '时时彩计划群每天免费进',
      '认识一位彩票金牌导师，跟着买就行',
      '网赌回血的兄弟看过来',
      '老虎机技巧分享一下',
      '捕鱼平台上分下分都快',
    ]) expect(detectors(t), t).toContain('gambling_site');
  });
  it('sports, exams, fishing, a games parlour and warnings stay silent', () => {
    for (const t of [
      '体育老师今天请假了',
      '考研终于上岸了，谢谢老师',
      '赛车平台的直播好看',
      '海边捕鱼技巧学到了',
      '楼下棋牌室老板人很好',
      '警惕网赌平台，输了就追不回来',
      '不要下载彩票app，都是骗局',
    ]) expect(detectors(t), t).not.toContain('gambling_site');
  });
});

describe('a part-time job paid per task or per day (gambling-forms.ts paid_task)', () => {
  it('兼职 and the pay within a clause or two', () => {
    for (const t of ['手机兼职，一单一结，多劳多得', '招兼职打字员 日结200', '宝妈在家做兼职每单返佣金']) {
      expect(detectors(t), t).toContain('paid_task');
    }
    expect(cats('招兼职打字员 日结200')).toContain('gambling_fraud');
  });
  it('a past job, a job without pay and warnings stay silent', () => {
    for (const t of ['大学时兼职赚了点钱买了电脑', '我周末在奶茶店兼职', '网上兼职一单一结的都是诈骗']) {
      expect(detectors(t), t).not.toContain('paid_task');
    }
  });
});

describe('betting-site and brushing-ad words (vocabulary STOP33 and TASK_ZH)', () => {
  it('are gambling_fraud', () => {
    for (const t of ['五大联赛投注就来这', '皇冠投注 赔率最高', '足不出户日赚五百', '晒收益截图给你看', '解盘费先交一半']) {
      expect(cats(t), t).toContain('gambling_fraud');
    }
  });
  it('news words and a shop that delivers stay silent', () => {
    for (const t of ['足不出户就能买到新鲜水果', '祝老板生意兴隆日进斗金']) expect(cats(t), t).not.toContain('gambling_fraud');
  });
});

describe('拉人 only when recruits are paid for (official-fraud.ts)', () => {
  it('a group tool that adds members and a nationality are not gambling', () => {
    for (const t of ['电报群发拉人软件 免费试用', '孟加拉人做的咖喱很好吃']) expect(cats(t), t).not.toContain('gambling_fraud');
  });
  it('pay per recruit is', () => {
    for (const t of ['拉人提成百分之十', '代理拉人到台子注册拿佣金']) expect(cats(t), t).toContain('gambling_fraud');
  });
});

describe('earning held out as bait (gambling-forms.ts earning_lure)', () => {
  it('an offer to take you to the money, or earning then a contact', () => {
    for (const t of ['跟着我，带你一起赚钱', '输了的兄弟，包你回本', '想赚钱的宝妈们私我', '想挣钱的联系']) expect(detectors(t), t).toContain('earning_lure');
  });
  it('a healer, the ride app and plain talk about money stay silent', () => {
    for (const t of ['奶妈帮你回血', '兼职跑滴滴打车挺累的', '赚钱的事以后再说']) expect(detectors(t), t).not.toContain('earning_lure');
  });
});

describe('illegal stock tips (vocabulary CSRC)', () => {
  it('are gambling_fraud', () => {
    for (const t of ['进荐股群，老师锁定牛股', '明天开盘统一听指令全仓杀入']) expect(cats(t), t).toContain('gambling_fraud');
  });
});

describe('contact evasions (variants.ts, structured.ts group_number, lure-invites.ts) and A-not-A questions (context.ts)', () => {
  it('裙 for 群 before a group number, 喂/徽 after 加, 伽 for 加, 喂信', () => {
    for (const t of ['交易裙57536018欢迎老板', '价格美丽加喂yq1523916', '可聊伽徽：sx111505', '秀场喂信ww12808']) expect(cats(t), t).toContain('off_platform');
  });
  it('a dress, a badge, feeding and yoga stay silent', () => {
    for (const t of ['连衣裙202312款', '加徽章的活动', '宝宝加喂奶粉', '瑜伽微信群的姐妹好']) expect(cats(t), t).not.toContain('off_platform');
  });
  it('an A-not-A question asks for the contact; a plain 不要 still forbids it', () => {
    expect(cats('要不要加我微信')).toContain('off_platform');
    expect(cats('能不能私聊我')).toContain('off_platform');
    expect(cats('不要加我微信')).not.toContain('off_platform');
  });
  it('whoever sells, call me', () => {
    expect(cats('卖的联系我')).toContain('off_platform');
  });
});

describe('red-packet gambling groups (vocabulary REDPACK) and casino sections as venues (gambling_ad)', () => {
  it('are gambling_fraud', () => {
    for (const t of ['红包扫雷群 押金一百进', '六合采资料大全']) expect(cats(t), t).toContain('gambling_fraud');
    for (const t of ['真人视讯 注册就能玩', '电子游艺新会员充值秒到']) expect(detectors(t), t).toContain('gambling_ad');
  });
  it('a minesweeper game and a red packet for a birthday stay silent', () => {
    for (const t of ['扫雷游戏通关了', '生日红包发群里了']) expect(cats(t), t).not.toContain('gambling_fraud');
  });
});
