/**
 * minor_unsuitable (R-MINOR-9): every term once, one group per language, each list named by its
 * source (issue 15: before, commerce.ts and official-goods.ts held groups of the same header and
 * repeated terms).
 *
 *   TEAM    the project's own first lists (issues 3-5): alcohol, adult goods, student loans,
 *           cosmetic procedures, lotteries, tipping by minors; no outside list
 *   MINORS  未成年人保护法 Art. 59 (no tobacco, alcohol or lottery to minors); 医疗美容服务管理办法 and
 *           卫健委 医疗美容项目分级管理目录 (cosmetic procedures: 注射, 吸脂, 隆胸, 重睑 …); 银保监会
 *           2021 notice on online consumer loans to university students
 */
import type { TermGroup } from '../vocabulary';

const MINOR = { category: 'minor_unsuitable', severity: 'warning', ruleId: 'R-MINOR-9', messageKey: 'advice_minor_unsuitable' } as const;

/** TEAM (学生分期 is listed once, here) */
const TEAM_ZH = [
  '白酒', '啤酒整箱', '高度酒', '洋酒', '威士忌', '伏特加', '酒水批发', '成人用品', '情趣用品', '情趣内衣', '避孕套', '成人玩具',
  '学生贷', '校园贷', '学生分期', '分期贷款', '无需征信', '大学生借款', '秒到账', '零首付分期', '网贷', '借钱秒批',
  '医美', '整容', '割双眼皮', '隆鼻', '玻尿酸注射', '抽脂',
  '小朋友刷礼物', '宝宝们刷起来', '未成年也可以打赏', '用爸妈手机', '偷偷充值', '帮主播冲榜',
];
/** MINORS: cosmetic procedures, adult goods, student credit, spirits */
const MINORS_ZH = [
  '水光针', '热玛吉', '超声刀', '溶脂针', '瘦脸针', '肉毒素', '埋线提升', '线雕', '吸脂', '隆胸', '双眼皮手术', '医美项目', '医美套餐',
  '飞机杯', '跳蛋', '延时喷剂', '充气娃娃', '震动棒',
  '大学生贷款', '校园分期', '凭学生证', '学生可借',
  '酱香型白酒', '浓香型白酒', '茅台', '五粮液', '二锅头', '泸州老窖', '汾酒', '剑南春',
];

/**
 * MINORS (lottery): sold or shown by the room — in a title, card, caption or the host's speech. In
 * viewers' chat the word is talk ("中国福利彩票", "朋友5元刮刮乐都中100", gambling ads listing 彩票 among
 * their games: 12 of 13 train/dev chat lines with 彩票 were not about selling lottery to minors); a
 * chat offer names the service.
 */
const LOTTERY_ROOM_ZH = ['彩票', '刮刮乐'];
const LOTTERY_OFFER_ZH = ['彩票代购', '代购彩票', '代买彩票', '彩票代买', '帮刮彩票'];

export const MINOR_UNSUITABLE: TermGroup[] = [
  { id: 'minor_unsuitable.zh', ...MINOR, lang: 'zh', terms: [...TEAM_ZH, ...MINORS_ZH, ...LOTTERY_OFFER_ZH] },
  { id: 'minor_unsuitable.room.zh', ...MINOR, lang: 'zh', kinds: ['title', 'product', 'caption', 'host'], terms: LOTTERY_ROOM_ZH },
  {
    id: 'minor_unsuitable.en',
    ...MINOR,
    lang: 'en',
    // TEAM
    terms: ['vodka', 'whiskey', 'whisky', 'tequila shots', 'adult toys', 'sex toys', 'student loan instant', 'payday loan', 'buy now pay later for students', 'lip filler', 'botox', 'scratch cards', 'use your parents card'],
  },
];
