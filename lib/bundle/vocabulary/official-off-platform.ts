/**
 * off_platform term lists from published platform rules (issue 15; the groups are off-platform.ts's).
 *
 *   DY-PRIV  抖音电商 "引导私下交易" rules: contact details, hints to add contacts ("V我", "看个性签名",
 *            "主页有微", "主页有惊喜", QR codes), third-party platform names
 */
/** DY-PRIV: hints that point to a contact without naming the app */
export const HINTS_ZH = [
  'v我', 'v一下', '看个性签名', '看签名', '个性签名有', '签名有联系', '主页有微', '主页有惊喜', '主页有v', '主页有联系', '主页看', '主页置顶', '看置顶',
  '私信获取', '私信领取', '私信了解', '私信拿', '需要可私', '需要的私', '想要的私', '要的私我', '私聊获取', '私聊领取', '私我领', '滴我', '戳我私聊',
  '扫屏幕上的码', '扫码加我', '扫一扫加', '长按识别', '识别二维码', '加群领', '进群领', '进粉丝群领', '拉你进群', '拉你进', '群里发', '群里领', '群里见',
  '直接转我', '转我就行', '微信转我', '直接转账给我', '省手续费', '不走平台省', '私下拍', '私下发货', '私下便宜', '线下便宜', '加我便宜', '找我便宜',
  '联系方式在主页', '联系方式看', '后台私信', '评论区置顶', '看我名字', '看id', '看我id',
];
export const HINTS_UNLESS_ZH = ['不要私信', '别私信', '勿私信'];
/** DY-PRIV / R-OFF-7: English lures (profile, channel, messaging apps, direct payment) */
export const HINTS_EN = [
  'check out my channel', 'check my channel', 'subscribe to my channel', 'visit my channel', 'my youtube channel', 'check out my page', 'visit my website', 'visit my site',
  'check out my website', 'go to my page', 'follow me on instagram', 'follow my ig', 'add me on', 'hmu on', 'dm for price', 'dm for prices',
  'dm to order', 'dm me for', 'inbox for', 'whatsapp +', 'contact me on', 'reach me on', 'pay via cashapp', 'pay me on', 'send it to my cashapp',
];
