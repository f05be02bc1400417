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
 *   ADULT   sexual content and sex services offered in a room or its chat (issue 15, seventh pass: the
 *           train split's group spam sells 裸聊, 黄色直播, 原味 …). The kinds are named by 国家网信办
 *           《网络信息内容生态治理规定》(2019) Art. 6-7 (淫秽色情, 低俗庸俗), 《网络直播营销管理办法（试行）》
 *           (2021) Art. 18 (淫秽色情 in a live room), 公安部 anti-fraud warnings on 裸聊敲诈 and 招嫖诈骗,
 *           and the 2017 银监会/教育部/人社部 notice on campus lending (裸条/裸贷); the compound forms
 *           below (黄色直播, 原味内裤 …) are how those kinds are offered, written by the team, none copied
 *           from an evaluation line. English: TikTok Community Guidelines "Sexual activity and services"
 *           (sexual solicitation, offers of sexual content), written as the offers name them.
 * Explicit sexual TALK (slang, sex acts, advances) is not an offer and is not dropped from a long
 * comment: lib/detect/vulgar-forms.ts judges it (stop 32).
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
 * ADULT: offers, not words about sex: 黄色 or 色情 alone names a colour or a complaint ("色情主播报警"
 * is a report), so each term names the service or the content offered. A warning or negation softens
 * them (context.ts: "警惕裸聊敲诈", "不约炮"); a long chat comment that offers nothing discusses them
 * (context.ts isDiscussion). The scam named after a term is talk about it ("快进到裸聊敲诈"); 卖淫, 嫖娼 and
 * 性交易 name the offence in news and chat ("去嫖娼了", a bare "性交易" in train/dev chat), not an offer.
 */
const ADULT_UNLESS_ZH = ['裸聊敲诈', '裸聊诈骗', '裸聊勒索', '裸贷诈骗'];
const ADULT_ZH = [
  '裸聊', '骡聊', '裸贷', '裸条', '果贷', '黄色直播', '黄色视频', '黄色网站', '黄色资源', '黄资源', '黄片', '黄网', '色情直播', '色情视频', '色情网站',
  '色情资源', '色情服务', '成人视频', '成人直播', '约炮', '约p', '一夜情', '招嫖', '援交', '性服务', '外围女', '外围妹', '楼凤',
  '原味内裤', '原味丝袜', '原味袜', '卖原味', '原味卖',
  // stop 31 (h-offplat): films sold or shown in chat (卖片/买片, "看片加…"), sex streams (黄播) and the 淫秽色情
  // kinds as offers name them; train/dev: about 170 lines labelled off_platform or minor_unsuitable (the labelling
  // checklist gives 卖片 lines off_platform only), 15 game_chat_ads lines the publisher calls no ad that sell the same
  // films, no other. 裸播 left out ("裸播吓人": 5 to 1)
  '卖片', '买片', '看片加', '黄播', '高清无码', '无码高清', '成人片', '黄色片', '骚妇', '熟妇', '约妹',
  // stop 32 (s32-vulgar): nudity asked for or shown (全国整治互联网低俗之风专项行动 2009, 低俗 kinds 1 and 4: 暴露人体性部位,
  // 全身或隐私部位未着衣物); words, not slang, so a long comment that offers nothing still discusses them (isDiscussion).
  // Explicit slang is lib/detect/vulgar-forms.ts's. Train/dev: 16 lines labelled minor_unsuitable, 1 hard negative (全裸)
  '全裸', '裸体', '裸照', '裸睡',
  // stop 32: sex services and sexual pictures, films and stories offered, as the 2009 低俗 kinds name them (item 5 偷拍,
  // item 13 推介…低俗信息的链接、图片、文字、激情视频) and konsheng/Sensitive-lexicon 色情词库.txt (MIT) lists the services
  // (学生妹, 美女上门, 寂寞女 …); on train/dev none hits a benign or hard-negative line but in a sexual sense
  '寂寞少妇', '全套服务', '兼职妹', '学生妹', '小姐上门', '美女上门', '妹妹上门', '莞式', '特殊服务', '福利视频', '私密视频', '激情视频',
  '偷拍视频', '色情图片', '色图', '涩图', '小黄文', '肉文', '里番', '娇喘', '嘿咻', '丰乳肥臀', '18禁',
];
const ADULT_EN = ['sexy singles', 'adult singles', 'adult content', 'adult chat', 'rude chat', 'xxx pics', 'xxx videos', 'send nudes', 'nudes for sale', 'escort service', 'hookup tonight', 'adult parties'];

/**
 * MINORS (lottery): sold or shown by the room — in a title, card, caption or the host's speech. In
 * viewers' chat the word is talk ("中国福利彩票", "朋友5元刮刮乐都中100", gambling ads listing 彩票 among
 * their games: 12 of 13 train/dev chat lines with 彩票 were not about selling lottery to minors); a
 * chat offer names the service.
 */
const LOTTERY_ROOM_ZH = ['彩票', '刮刮乐'];
const LOTTERY_OFFER_ZH = ['彩票代购', '代购彩票', '代买彩票', '彩票代买', '帮刮彩票'];

export const MINOR_UNSUITABLE: TermGroup[] = [
  { id: 'minor_unsuitable.zh', ...MINOR, lang: 'zh', terms: [...TEAM_ZH, ...MINORS_ZH, ...LOTTERY_OFFER_ZH, ...ADULT_ZH], unless: ADULT_UNLESS_ZH },
  { id: 'minor_unsuitable.room.zh', ...MINOR, lang: 'zh', kinds: ['title', 'product', 'caption', 'host'], terms: LOTTERY_ROOM_ZH },
  {
    id: 'minor_unsuitable.en',
    ...MINOR,
    lang: 'en',
    // TEAM, then ADULT
    terms: [...ADULT_EN, 'vodka', 'whiskey', 'whisky', 'tequila shots', 'adult toys', 'sex toys', 'student loan instant', 'payday loan', 'buy now pay later for students', 'lip filler', 'botox', 'scratch cards', 'use your parents card'],
  },
];
