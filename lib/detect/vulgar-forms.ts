/**
 * Sexual talk in a live room (issue 15, R-MINOR-9: content unsuitable for minors gets a reminder).
 * The vocabulary's adult group (lib/bundle/vocabulary/minor-unsuitable.ts ADULT) names sex services
 * and content OFFERED, and context.ts drops a named good from a long comment that offers nothing
 * (isDiscussion: "a viewer who discusses … offers nothing"). Explicit sexual language is not a good
 * on offer: the words are the harm, whether or not anything is sold, so these run as forms (the
 * scanner softens them only for a warning or a negation, as it does every form).
 *
 * What counts, from official descriptions of 低俗/色情 content:
 *   CAC-2019   国家网信办《网络信息内容生态治理规定》(2019) Art. 6 (淫秽色情) and Art. 7 item 4: 不良信息
 *              "带有性暗示、性挑逗等易使人产生性联想的";
 *   ANCHOR     国家广电总局、文化和旅游部《网络主播行为规范》(2022) item 18: language or behaviour "带有
 *              性暗示、性挑逗的内容", item 24: 引导用户低俗互动;
 *   VULGAR-13  全国整治互联网低俗之风专项行动办公室 (2009), the 13 kinds of 低俗 content published through
 *              中国互联网协会互联网违法和不良信息举报中心: item 3 "以带有性暗示、性挑逗的语言描述性行为、
 *              性过程、性方式", item 8 一夜情、换妻、性虐待.
 * The words themselves: KONSHENG, github.com/konsheng/Sensitive-lexicon Vocabulary/色情类型.txt @
 * 5a8da94c61c160e203a6b2fcfafbea642404d50c (MIT), only its slang for sex acts and genitals: not
 * anatomy (阴道, 乳房, 肛门: health talk), not crimes named in news (强奸, 迷奸, 轮奸), not goods
 * (丝袜, 内裤, 情趣用品: sold in live rooms; the vocabulary judges goods), not words with an everyday
 * sense (调教, 舞女, 一本道, 色色 in 形形色色). Each term was checked against the train and dev splits
 * (tg_spam's live-room danmaku, Bilibili danmaku, COLDataset): kept only when every benign or hard
 * negative line it hits uses it sexually (the Telegram publisher labels spam, not vulgarity: "可以颜射么"
 * is "not spam" there). The verb + genital forms (sex_act) are written here from VULGAR-13 item 3.
 */
import type { FormSpec } from './form-spec';

/** KONSHENG slang, as the list spells it, plus the homophone spellings the train split's ads use (曰/日批) */
const SLANG = [
  '鸡巴', '几吧', '肉棒', '巨屌', '屄', '骚逼', '骚比', '骚穴', '嫩逼', '嫩穴', '肥逼', '浪逼', '蜜穴', '粉穴', '肉穴', '肉逼', '小穴',
  '抽插', '口交', '口射', '口淫', '内射', '颜射', '射颜', '潮吹', '潮喷', '乳交', '足交', '脚交', '自慰', '撸管', '叫床',
  '巨乳', '爆乳', '豪乳', '淫水', '淫叫', '淫娃', '淫荡', '骚水', '发骚', '骚聊', '聊骚', '胸推', '裸陪', '招妓', '买春', '换妻', '裸舞',
  '色情表演', '援助交际', '丝袜诱惑', '制服诱惑', '三级片', '毛片', '脱内裤', '波霸',
  // stop 33: more of KONSHENG 色情类型/色情词库 (same commit), each checked on train/dev: its hits there are sexual
  // (做爱 16 minor_unsuitable lines and 1 COLD hard negative that talks about sex; 无码 26, nothing else), the
  // others hit no benign or hard-negative line. Left out: 啪啪啪 (clapping: 11 benign danmaku), 调教 (a game's
  // "training": 5), 脱衣/不穿衣服 (weather, a film: 4 benign or hard lines), anatomy and 性交易 (the offence's name)
  '做爱', '作爱', '操逼', '日逼', '口活', '无码', '破处', '嫩女', '美少妇', '淫妇', '淫贱', '淫乱', '淫欲', '丝诱', '舔阴', '性饥渴',
];
// 口爆 is also the middle of 人口爆炸; 奶头 of 奶头乐 (tittytainment, a media-criticism word); 群交 of
// "拉群交单", "把群交给我" (a train-split ad for group work)
const GUARDED = ['(?<!人)口爆', '奶头(?!乐)', '(?<![拉建把进入])群交(?![单给流费作])',
  // stop 33 (KONSHENG): 美腿 is also the middle of 貌美腿长, 鸡吧 of 吃鸡吧 ("let's play PUBG"), 性交 of 一次性交完 and
  // 性交易 (an offence named in news, see the vocabulary). 人妻 left out ("这话说得好似人妻啊", dev danmaku)
  '(?<!貌)美腿', '(?<![吃法])鸡吧', '(?<!一次)性交(?!易)'];
const SEXUAL_SLANG = new RegExp([...SLANG, ...GUARDED].join('|'), 'g');
const SLANG_CUES = [...SLANG, '口爆', '奶头', '群交', '美腿', '鸡吧', '性交'];

/**
 * a sex act on a genital by its slang (VULGAR-13 item 3): 操/日/插/舔/摸/看 … then 逼/屄/批/穴,
 * a pronoun or 的 between ("操你的逼", "看妹逼"). 逼 alone is 逼迫/逼真/牛逼/装逼, so only after the verb;
 * 批 only right after 日/曰/操/草 ("日批"), never 批评/批发/批准.
 */
const SEX_ACT = /[操草艹肏日曰干插舔摸抠扣看撸玩露](?:[你我她他妹姐的个小嫩骚肥黑大]{0,2})(?:逼(?![真近迫格问债宫死得着走退供出视])|屄)|[日曰操草艹肏]批(?![评准发次量判改示复注斗处文阅量])|[操干插舔][你我她的]{0,2}(?:小穴|骚穴|嫩穴)|[舔摸插吸含揉撸玩](?:[你我她他的一下着住弄]{0,3})(?:阴茎|龟头|阴蒂|阴唇|肉棒|屁眼)/g;
// stop 33: the act on a genital named by anatomy too (KONSHENG lists the nouns; alone they are health talk, so only after the
// act); none hits a train/dev line
const SEX_ACT_CUES = ['逼', '屄', '日批', '曰批', '操批', '草批', '艹批', '肏批', '穴', '阴茎', '龟头', '阴蒂', '阴唇', '肉棒', '屁眼'];

/**
 * a body exposed or touched on request (VULGAR-13 items 1-3, ANCHOR item 18): "摸奶子", "看你的咪咪",
 * "露胸给我看"; 奶子 alone is milk in Xinjiang ("来包奶子"), 咪咪 a cat's name, so only after the act;
 * 大波 only as a body ("一对大波", "大波妹"): "又来一大波" is a crowd
 */
const BODY_ACT = /(?:[摸揉吸舔捏看露抓插]|给我看)(?:[你我她的一下]{0,3})(?:奶子|咪咪|奶头|胸部)|露(?:奶|胸|点)(?:给|让)(?:我|你|大家)|[大白嫩]奶子|(?:一对|两个|看|摸|好|超)大波|大波(?:波|妹|霸)/g;
const BODY_ACT_CUES = ['奶子', '咪咪', '奶头', '胸部', '露奶', '露胸', '露点', '大波'];

/**
 * a sexual advance at the host or a viewer (CAC-2019 Art. 7 性挑逗, ANCHOR item 18): "好想睡你", "想操主播",
 * "看硬了", "摸你下面". Not "想上你家玩" (a visit), "看湿了眼眶" (tears), "拳头硬了" (anger), "摸下面的按钮"
 * (no pronoun); sizes and colours of underwear are left out: a lingerie room sells by them
 */
const ADVANCE = /(?:想|要|好想)(?:睡|日|操|草|艹)(?:你|她|主播|妹妹)|想上(?:你|她|主播)(?![家的那这们车课号])|(?:我|看|都看)硬了|下面(?:湿|硬)了|(?:摸|亲|舔)(?:你|我|她)的?下面(?!的?[按键开盖层一])/g;
const ADVANCE_CUES = ['睡你', '睡她', '睡主播', '睡妹妹', '日你', '日她', '日主播', '日妹妹', '操你', '操她', '操主播', '操妹妹', '草你', '草她', '草主播', '草妹妹', '艹你', '艹她', '艹主播', '艹妹妹', '想上', '硬了', '湿了', '下面'];

/**
 * KONSHENG's 色色 (stop 33; train/dev: 8 minor_unsuitable lines), not in 形形色色 and only when typed as one word: the
 * heart-eyes emoji code "[色][色]" of the train split's shop SMS folds to the same two characters (form-checks.ts written_whole)
 */
const SESE = /(?<!形)色色/g;

function form(id: string, why: string, cues: readonly string[], re: RegExp, more: Partial<FormSpec> = {}): FormSpec {
  return { id, why, cues, re, category: 'minor_unsuitable', severity: 'warning', ruleId: 'R-MINOR-9', messageKey: 'advice_minor_unsuitable', ...more };
}

export const VULGAR_FORMS: readonly FormSpec[] = [
  form('sexual_slang', 'sexual slang (网络信息内容生态治理规定 Art. 7: 性暗示、性挑逗)', SLANG_CUES, SEXUAL_SLANG),
  form('sexual_slang_whole', 'sexual slang (网络信息内容生态治理规定 Art. 7: 性暗示、性挑逗)', ['色色'], SESE, { check: 'written_whole', hitAs: 'sexual_slang' }),
  form('sex_act', 'a sex act named by its slang (低俗 content, item 3)', SEX_ACT_CUES, SEX_ACT),
  form('body_act', 'a body touched or exposed on request (低俗 content, items 1-3)', BODY_ACT_CUES, BODY_ACT),
  form('sexual_advance', 'a sexual advance (网络主播行为规范 item 18: 性挑逗)', ADVANCE_CUES, ADVANCE),
];
