/**
 * Lure terms added in issue 15 by h-lures; the groups are off-platform.ts's, gambling-fraud.ts's and
 * harassment.ts's (one per category and language), except fake traffic's below. Each list names where
 * its words come from; none comes from a test-split corpus source (SOURCES.md),
 * which no rule author reads, nor from ChineseHarm-bench.
 *
 *   ISSUE-15  the issue's own list of lure forms (私信获取, 需要可私, 主页有…, 直接转我, 省手续费, V我 …)
 *   DY-PRIV   抖音电商 rules on 引导私下交易 / 站外引流 as official.ts summarises them: contact details and
 *             hints to add contacts, QR codes, third-party platforms, payment outside the platform; the
 *             pages corpus of the search tool holds only the titles of the platforms' rule pages
 *             (淘宝直播站外引流 m.maijia.com/labels/42027.htm, 淘宝平台交互风险信息管理规则
 *             m.39zn.cn/labels/125127.htm), so the forms are spelled as hosts say them
 *   TTS       TikTok Shop seller guidance on 引导私下交易 (yuguo.clbug.com/help/pqzip, search tool,
 *             pages corpus): no other apps' user names, IDs or phone numbers in bios, comments or videos;
 *             no asking viewers to interact off the platform
 *   LEX-AD    konsheng/Sensitive-lexicon Vocabulary/广告类型.txt @ 5a8da94 (MIT; ../shared/data/text/
 *             lexicons): "款到发货"
 *   POLICE    police anti-fraud notices on 刷单返利 / 网络兼职 task scams, found with the search tool (pages
 *             corpus; none is a test-source page): 沈阳警方 2021-12-13 (xn--vuq20uz3pfkiwxm.com …
 *             3f3bae10…: "短视频点赞兼职", "进群领水果、扫二维码领免费牛奶", "动动手指就能换取一定报酬"),
 *             新余网警 2023 (hwaiwenda.com/article-3879.html: "刷信誉", "刷信用"), 镇海 网警 (ttnews.xyz
 *             a/5c2e2886…: "日结150-300", "一任务一结算"), aiicanw.cn/qz/zcgs/90159.html ("按条结算"),
 *             舞阳派出所 2024 (news.qq.com/rain/a/20241008A089V300: "高佣金", "推广返利", "先行垫资")
 *   MEASURES  网络直播营销管理办法 (试行) Art. 18 red line 4: fake traffic (人气, 点赞, 销量 bought or "刷");
 *             red line 6: threats aimed at a person (治安管理处罚法 Art. 42: threatening another's safety)
 *   DOX       网络暴力信息治理规定 (2024) Art. 12: 人肉搜索 and 开盒 (publishing a person's identity, phone,
 *             address, school or workplace) and calls to pile on a person
 */
import type { TermGroup } from '../vocabulary';

/** 加我 that is not a contact: the room's own features (粉丝团, 灯牌, 购物车), negations, and 加 inside another word */
export const LURE_UNLESS_ZH = [
  '加我粉丝团', '加我的粉丝团', '加我团', '加我灯牌', '加我粉丝灯牌', '加我一个', '加我一份', '加我购物车', '加我的购物车', '加我进', '加我入团',
  '不要加我', '别加我', '不用加我', '不加我',
  // 加我 inside another word: "参加我们的课程", "增加我的…", "更加我行我素"
  '参加我', '增加我', '更加我', '追加我', '附加我', '外加我', '施加我', '叠加我', '强加我',
];

/** off_platform: ISSUE-15, DY-PRIV, TTS, POLICE, LEX-AD (named per line) */
export const LURE_ZH = [
  // ISSUE-15 / DY-PRIV: "加我", "私我" and their homophones (丝 for 私; 私訊 folds to 私讯). A bare 加我 is
  // left out: before an app and a handle ("加我薇信 abc123") it would be a second, shorter finding in
  // front of the handle's (scanner.ts keeps both when their spans do not overlap)
  '丝我', '丝聊', '私讯我', '私戳', '戳我私', '私发你', '私发给你', '我私你', '扣1私', '扣1我私', '详情私', '小窗我', '私下聊',
  '加我好友', '加个好友', '加好友私', '加我私聊',
  // ISSUE-15 "主页有…", "看个性签名" (DY-PRIV hints without the app's name)
  '主页有福利', '主页有链接', '主页有群', '主页有优惠', '主页有好货', '主页有方式', '主页自取', '主页领', '去我主页', '简介有', '简介里有', '个签有',
  '签名里有', '头像有联系', '看背景图',
  // group lures without a number (DY-PRIV: 拉群 to trade off the platform)
  '去我粉丝群', '进我的群', '进我群', '加我群', '入群领', '进裙', '加裙', '群里私',
  // POLICE (沈阳 2021): free gifts that pull viewers into a group or to a QR code, the first step of task scams
  '进群领水果', '进群领鸡蛋', '进群领礼品', '扫码领牛奶', '扫二维码领',
  // ISSUE-15 / DY-PRIV / TTS: payment and ordering outside the platform, in plain words
  '拍下不发货', '拍了不发货', '不在平台拍', '不用在平台拍', '别在平台拍', '不要在平台拍', '走微信', '走支付宝', '微信交易', '私下转我', '转我微信',
  '转我支付宝', '加个微', '加下微', '加一下微', '加我微', '加微便宜', '加微私聊', '加微详聊', '直接打我卡', '打我卡上', '转我卡上', '线下付款', '先款后货',
  // DY-PRIV / TTS: asking for the viewer's contact, or pointing at a name or ID that is the contact
  '后台踢我', '后台滴我', '后台戳我', '留个联系方式', '留下联系方式', '留下你的微信', '留个微信', '留微信', '留电话', '备注微信', '看我昵称',
  '昵称就是微信', 'id就是微信', '同名微信',
  // DY-PRIV "看个性签名"-style pointers at a screen name that holds the contact (stop 31, h-offplat): "看姐姐名字",
  // "看名字加". Train/dev: 105 lines labelled off_platform, none other; "看我的名字" (4 to 1) is left out
  '看姐姐名字', '看姐姐的名字', '看妹妹名字', '看妹妹的名字', '看名字加', '看名字家', '看名字找', '看我网名', '看我的网名', '看我的昵称', '注意看我名', '注意看我的名',
  // the group or a private channel as the cheaper way to buy (DY-PRIV: 私下交易)
  '群里价格', '群里更便宜', '群里便宜', '进群有内部价', '群内价', '不要在直播间下单', '别在直播间下单', '不用在直播间下单', '链接不发货', '转账到我',
  '发红包就发货',
  // LEX-AD
  '款到发货',
];
/** off_platform, TTS: other apps' user names and IDs, asking viewers to move to another app */
export const LURE_EN = [
  'my ig is', 'my insta is', 'my instagram is', 'my snap is', 'my snapchat is', 'add my snap', 'kik me', 'my kik is', 'my telegram is',
  'my whatsapp is', 'my cashapp is', 'my venmo is', 'my zelle is', 'pm me', 'message me privately', 'contact me privately', 'email me at',
  'join my telegram', 'on telegram for', 'on whatsapp for', 'send it to my venmo', 'send it to my zelle',
  // paying or ordering outside the platform (TTS; PayPal "friends and family" payments carry no buyer protection)
  'paypal friends and family', 'send as friends and family', 'pay through paypal', 'contact me directly', 'save on fees', 'order via whatsapp', 'order on whatsapp',
];
/** gambling_fraud, POLICE: task and brushing job scams; ISSUE-15: guaranteed returns */
export const TASK_ZH = [
  '一单一结', '一任务一结算', '按条结算', '日结工资', '兼职日结', '日结兼职', '点赞兼职', '点赞关注就能赚', '关注赚钱', '动动手指就能', '做任务返', '做任务赚',
  '任务返佣', '返佣金', '高佣金', '推广返利', '先行垫资', '先交押金', '交押金接单', '刷信誉', '刷信用',
  '宝妈兼职', '在家兼职', '手机兼职', '网络兼职', '零投资', '0投资', '无需投资', '零成本赚', '收益翻倍', '包赚不赔', '稳赚不亏', '只赚不赔',
  // stop 33 (h-gamble): the ads police brushing-scam notices quote: "足不出户日赚千元"、"低门槛、高收入" (广州 police,
  // wxruida.com/dxqz/qzzp/81962.html), "足不出户,日入斗金"、"点点鼠标,轻松赚钱" (shicijianshang.com/o/fKefCcPBhjw9MomBjYRKbps8awqAoY72.html),
  // "诚邀刷单" (aiicanw.cn/qz/zcgs/90159.html), "高薪兼职" (ppfocus.com/0/ede3f697c.html). 足不出户 alone is a shop's
  // "delivered to your door", 日进斗金 a new-year wish: only the earning forms. Train/dev: none on any line
  '足不出户日赚', '足不出户赚钱', '足不出户日入', '日入斗金', '点点鼠标', '诚邀刷单', '低门槛高收入', '高薪兼职',
  // the proof such ads show: "晒兼职收益,晒付款截图" (aiicanw.cn above), "晒出大量'学员'中奖截图" (中国体育彩票 via 常州日报
  // 2025-03-13, epaper.cz001.com.cn/czrbpaper/pc/con/202503/13/content_142451.html), a "导师" who leads the bets (same page;
  // 广州 police at www-822834.com/sybk/zh/2019/11/2019-11-16446404.html: "以导师身份自居"), "高额返利" (ouf.hk/articles/
  // 01967f3a-e2b5-e2c2-5034-97f7196635ef); ISSUE-15's guaranteed returns: 包回本. Train/dev: 6 gambling lines, no other
  '中奖截图', '收益截图', '提现截图', '晒收益', '晒提现', '带单老师', '带单导师', '老师带单', '高额返利', '刷单高额返现', '包回本',
];
/**
 * harassment, MEASURES red line 6 (threats) and DOX. Care is not a threat: "小心点别摔了", "你小心点哦",
 * "路上小心点" carry no 给我/最好; "人肉搜索" named as a practice (a warning, a legal note) is no call to do it.
 */
export const THREAT_ZH = [
  '给我小心点', '给我小心一点', '你最好小心点', '你最好小心一点', '你等着瞧', '你走着瞧', '你给我等着', '走夜路小心', '走夜路注意点',
  '信不信我砍', '信不信我弄', '信不信我打', '信不信我揍', '信不信我杀', '信不信我捅', '信不信我废', '信不信我找人',
  '找人收拾你', '找人弄你', '找人打你', '找人砍你', '找人揍你', '叫人收拾你', '叫人打你', '收拾你', '砍死你', '捅死你', '打断你',
  '人肉他', '人肉她', '人肉你', '人肉出来', '人肉一下他', '人肉一下她', '开盒他', '开盒她', '开盒你', '把他人肉', '把她人肉', '把你人肉',
  '大家去骂她', '大家去骂他', '大家一起去骂', '大家去冲她', '大家去冲他', '大家去网暴',
  '把他的电话公布', '把她的电话公布', '把她的住址', '把他的住址', '曝光她的学校', '曝光他的学校', '曝光她的住址', '曝光他的住址', '曝光她的单位', '曝光他的单位',
];

export const LURES: TermGroup[] = [
  {
    id: 'data_falsification.traffic.zh',
    category: 'data_falsification',
    severity: 'notice',
    ruleId: 'R-DATA-20',
    messageKey: 'advice_data_falsification',
    lang: 'zh',
    // MEASURES red line 4: bought or "brushed" traffic
    terms: [
      '代刷', '刷量', '刷赞', '买赞', '刷播放', '买播放', '买评论', '刷在线', '刷观看', '人气代刷', '买人气', '刷直播间人气', '刷直播间人数',
      '点赞可以刷', '点赞量可以刷', '粉丝可以刷', '粉丝包刷', '播放量可以刷', '销量可以刷', '人气可以刷', '在线人数可以刷', '包刷',
    ],
  },
];
