/**
 * Evasion spellings rewritten to one canonical form on the folded text (R-OFF-7): homophones and
 * look-alikes of 微信 (薇信/威信/徽信/维信/V信/vx/wx/➕V), QQ (扣扣/企鹅号), Telegram (纸飞机/tg),
 * 支付宝 (zfb) and 绿泡泡. Terms in the vocabulary then only need the canonical form. Each rule keeps
 * the offset map: the canonical text points at the whole original span it replaced.
 *
 * Issue 15 (h-lures): evasions of the kind the issue lists and the platforms' rules forbid (抖音电商
 * rules on 引导私下交易, official.ts DY-PRIV; TikTok Shop's seller guidance against other apps' user
 * names and IDs, yuguo.clbug.com/help/pqzip, found with the search tool; the pages corpus holds only
 * the titles of Taobao's and Douyin's rule pages): wei信, 加个v, 薇/威 before a handle, 企鹅 (and 🐧,
 * char-fold.ts) before a QQ number, and 飞机 (and ✈) before a handle, which becomes 电报 (Telegram's
 * Chinese name) so the handle detector treats it as a Chinese app (structured.ts).
 */
import type { Normalized } from './normalize';
import { matchesOf } from './each-match';

export const RULES: readonly [RegExp, string][] = [
  // 加 split into 力口 before a contact app or a number ("力口薇 c3003d", stop 29); not "努力口语"
  [/力口(?=[薇威微徽维vwq扣企0-9])/g, '加'],
  // 十 for a plus (加) right before a contact app's letter and a handle or number ("钻十q229028183", "十威kai123qq886",
  // stop 30): the "abbreviation of a contact app followed by a handle"; 36 train/dev lines, every one a contact ad
  [/十[vw薇威微](?=[a-z0-9 ]{6})/g, '加微信'],
  [/十q(?=[a-z0-9 ]{6})/g, '加qq'],
  [/(?<![a-z])(?:[vw] ?x|vchat|wechat|weixin|wei xin|weix|vixin)(?![a-z])/g, '微信'],
  [/[薇威徽维唯卫伟溦嶶喂]信|[微薇威徽维]芯|(?<![a-z])[vw]信|(?<![a-z])wei[信芯]/g, '微信'],
  // 薇/威 alone right before Latin letters ("威：mm_520" folds to "威mm 520"): the handle detector then
  // decides whether a handle follows; after another ideograph (权威, 蔷薇) it stays a word
  // (and 嶶/溦 alone, or any of them before a number: "+嶶36075239", stop 29; structured.ts app_number needs 5+ digits)
  [/(?<![一-龥a-z])[薇威嶶溦](?=[a-z0-9])/g, '微信'],
  [/绿泡泡|绿色泡泡|小绿泡/g, '微信'],
  // 喂心/伟心 sound like 微信 (no word of their own); 卫星 (satellite) only right before a handle or number
  // ("卫星 ktm657"); 丘丘 (QQ, but also Genshin's 丘丘人) only right before a number (stop 29, tg_spam train)
  [/[喂伟]心|卫星(?=[a-z0-9])/g, '微信'],
  [/丘丘(?=[0-9])/g, 'qq'],
  // "加v" before letters may be a word ("加vip"); "加薇"/"加威" before a handle is not. After a digit
  // the 加 is a folded plus and w is 万 ("50+w考生", "10+w粉丝": fifty thousand and more), not WeChat
  [/(?<![0-9])加[vw](?![a-z信])/g, '加微信'],
  // "加个v", "加下v", "加我v": a measure word or pronoun between 加 and the v
  [/加(?:个|下|一下|我|我的)[vw](?![a-z信])/g, '加微信'],
  // stop 33: 徽 and 喂 (sound like 微) after 加 too ("加徽7009", "加喂yq152…"), not a badge (徽章, 徽标) or feeding (喂奶 …);
  // 伽 for 加 before any of them and a handle ("伽徽：sx111505"), not in 瑜伽. Train/dev: 111 lines, all off_platform
  // but one gambling ad; 喂信 (2 lines) joins the 信 homophones above
  [/加[薇威嶶溦](?![信])|加徽(?![章标信])|加喂(?![奶养食药饭水信])|(?<![瑜])伽[薇威徽喂微](?=[a-z0-9])/g, '加微信'],
  [/扣扣|蔻蔻|抠抠|企鹅号|(?<![a-z])qq号?(?![a-z])/g, 'qq'],
  // 企鹅 (QQ's mascot; 🐧 folds to it) is an animal unless a number follows ("企鹅：2345678")
  [/加企鹅|企鹅(?=[0-9])/g, 'qq'],
  // 乞鹅/启鹅 sound like 企鹅; 扣 (QQ's nickname 扣扣) right before a QQ-length number is QQ ("加扣1665977823");
  // 扣1 / 扣666 are the room's own "type 1" replies, too short (扣666666, one digit repeated, structured.ts QQ skips; stop 29)
  [/[乞启]鹅(?=[0-9])|(?<![a-z])扣(?=[0-9]{5})/g, 'qq'],
  // a lone "加q" is adding a QQ ("加q:56793…", "加q详聊"); before letters it may be a word ("加quick")
  [/加q(?![a-z])/g, '加qq'],
  [/纸飞机|飞机号|(?<![a-z])(?:tg|telegram|tele)(?![a-z])/g, 'telegram'],
  // a bare 飞机 (✈ folds to it) is a plane unless a handle follows ("飞机：@deal_shop"); not after a
  // verb of travel (坐飞机, 乘飞机 …)
  [/(?<![坐乘搭开打的])飞机(?=[a-z0-9])/g, '电报'],
  [/(?<![a-z])(?:zfb|zhifubao)(?![a-z])|支fu宝|zhi付宝|支付bao/g, '支付宝'],
  [/(?<![a-z])(?:whatsapp|whatapp|watsapp|whtsapp)(?![a-z])/g, 'whatsapp'],
];

/** Every rule below needs one of these (after folding); keep in sync when adding a rule. */
export const VARIANT_CHARS = 'vwqtz信芯泡扣蔻抠企纸飞支薇威嶶溦力乞启喂伟卫丘十徽伽';

/**
 * Every match of every rule contains one of these literals: each alternative of RULES spelled out
 * with its character classes expanded and its look-arounds dropped (they only narrow a match).
 * The prefilter (prefilter.ts) skips lines that contain none of them (nor a vocabulary term);
 * tests/unit/detect-prefilter.test.ts expands RULES and fails if a rule is not covered here.
 */
export const VARIANT_LITERALS: readonly string[] = [
  'vx', 'v x', 'wx', 'w x', 'vchat', 'wechat', 'weixin', 'wei xin', 'weix', 'vixin',
  ...[...'薇威徽维唯卫伟溦嶶喂'].map((c) => `${c}信`), ...[...'微薇威徽维'].map((c) => `${c}芯`), 'v信', 'w信', 'wei信', 'wei芯', '薇', '威', '嶶', '溦',
  '绿泡泡', '绿色泡泡', '小绿泡', '喂心', '伟心', '卫星', '丘丘',
  '加v', '加w', '加薇', '加威', '加嶶', '加溦', '加徽', '加喂', ...[...'薇威徽喂微'].map((c) => `伽${c}`), ...['个', '下', '一下', '我', '我的'].flatMap((m) => [`加${m}v`, `加${m}w`]),
  '力口', ...[...'vwq薇威微'].map((c) => `十${c}`),
  '扣扣', '蔻蔻', '抠抠', '企鹅号', 'qq', '加q', '加企鹅', '企鹅', '乞鹅', '启鹅', '扣',
  '纸飞机', '飞机号', 'tg', 'telegram', 'tele', '飞机',
  'zfb', 'zhifubao', '支fu宝', 'zhi付宝', '支付bao',
  'whatsapp', 'whatapp', 'watsapp', 'whtsapp',
];

/** One pass over the text says whether any rule can apply; most chat lines stop here. */
const ANY = new RegExp(RULES.map(([re]) => `(?:${re.source})`).join('|'));

/** whether rewriteVariants would change anything in this folded text */
export function variantRulesApply(text: string): boolean {
  return ANY.test(text);
}

export function rewriteVariants(n: Normalized): Normalized {
  if (!ANY.test(n.text)) return n;
  let cur = n;
  for (const [re, canonical] of RULES) {
    re.lastIndex = 0;
    if (!re.test(cur.text)) continue;
    re.lastIndex = 0;
    cur = applyRule(cur, re, canonical);
  }
  return cur;
}

function applyRule(n: Normalized, re: RegExp, canonical: string): Normalized {
  const text: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const gap: number[] = [];
  let last = 0;
  const copy = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      text.push(n.text[k]);
      start.push(n.start[k]);
      end.push(n.end[k]);
      gap.push(n.gap[k]);
    }
  };
  for (const m of matchesOf(re, n.text)) {
    const a = m.index!;
    const b = a + m[0].length;
    if (b === a) continue;
    copy(last, a);
    for (const c of canonical) {
      text.push(c);
      start.push(n.start[a]);
      end.push(n.end[b - 1]);
      gap.push(n.gap[a]);
    }
    last = b;
  }
  copy(last, n.text.length);
  return { text: text.join(''), start: Int32Array.from(start), end: Int32Array.from(end), gap: Uint8Array.from(gap) };
}
