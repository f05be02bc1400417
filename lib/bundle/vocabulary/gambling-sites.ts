/**
 * Online-gambling promotion (MEASURES Art. 18 red line 7, R-RISK-1; 刑法 Art. 303 开设赌场): the words
 * of gambling-site and gambling-group ads as police, the press and a public lexicon describe them
 * (issue 15, h-lures, stop 29). The group is gambling-fraud.ts's; the background hands it over. No line of a
 * corpus source (train, dev or test) was read to pick a term; each list names where it comes from
 * (pages found with the search tool, pages corpus):
 *
 *   BANYUE   半月谈 2018-08-02 "大数据控制输赢：网络赌博，多少套路等着你" (mirror universityofharmony.com
 *            /c/2018-08-02/2130929.shtml): "正规赌场、性感荷官、真人发牌", 百家乐
 *   YICHANG  湖北宜昌夷陵 police case 2020 (m.hixs.net/article/20240201/169625481485734.html): a 棋牌 app
 *            where the "盟主"/"长老" 上分 and 下分 players' points for money paid outside it
 *   NANTONG  南通日报 2023-07-20 A10 "认清'花式'赌博骗局" (zgnt.net/jhwbszb/pc/c/202307/20/content_143103.html):
 *            充值返现、多充多送, chess-and-card and fishing games as fronts, 红包 gambling groups
 *   WXCASINO "微信赌场" report (bubsandbeans.com/paper/239457533.html): PC蛋蛋 and 斗牛 groups, 赌群
 *   NEWSWEEK 中国新闻周刊 2022 on World-Cup gambling (ytbyz.com/ask/342923I1dDgGpD0): 指定投注, 充值投注,
 *            福利专员; 新浪彩通 2021 (pukebodog.com/archiver/20015.html): 外围 betting
 *   NETEASE  网易号 2025 "网络赌博黑产" (163.com/dy/article/KG0PI0B80553Y1J2.html): "扫码领彩金",
 *            "充值返利", "娱乐平台"
 *   LOTTO    fake lottery-tip pages (blog.hbqtkj.cn/post/7.html; tjnsp.com/post/2699.html): 一肖一码,
 *            三期必开一特, 精准预测 (特马 left out: it is also a minced oath, "特马的")
 *   LEX-AD   konsheng/Sensitive-lexicon Vocabulary/广告类型.txt @ 5a8da94 (MIT; ../shared/data/text/
 *            lexicons): 足球投注, 六合彩, 地下钱庄, 曾道人
 *   FTC      English investment and recovery scams: the FTC's crypto-scam data spotlight as summarised at
 *            advertisinglaw.fkks.com/post/102gyb5 ("promises of guaranteed huge returns", "claims that
 *            cryptocurrency will be multiplied", "fake testimonials") and the FTC's recovery-scam alert
 *            (C. Miranda, 2022-11-17, reprinted at kdminer.com/news/2022/nov/17/…: "recover your lost
 *            crypto"): testimonial and recovery phrases, each on 1–9 train/dev lines, all gambling_fraud
 *   LOTTO-WARN  stop 30 (h-lures): warnings against fake lottery and "Macau" tip sites that quote their ad
 *            words (pages corpus of the search tool): 51xtsh.cn/post-1808.html ("最快报码", 即时开奖),
 *            m.zhengxianx.cn/post/1708.html ("必中特码", "中奖率高达 90%以上", "精准号码"),
 *            zhengxianx.cn/post/1778.html ("天天开好彩", "内部攻略"), qqpke.cn/post/133.html ("澳门正版资料
 *            大全资料生肖卡"), zzz.pcboke.cn/emsn/78.html ("2025新澳门精准正版免费"); 北京商报 2022-12-09
 *            (finance.china.com.cn/industry/20221209/5912674.shtml): 黑彩; 每日经济新闻 2022-08-23
 *            (getaca.cn/chanjing/2022-08-23/96636.html): 首存金额. None of them is on a train/dev line that is
 *            not gambling (train/dev: 5 gambling lines, 0 others; the warnings themselves are softened)
 *   STOP31   stop 31 (h-offplat), pages corpus of the search tool: 新华社 2018-07-03 "赌博危害大 切记莫沾染" (mirror
 *            libreriavip.com/c/2018-07-03/2101891.shtml): "北京赛车PK拾" in WeChat groups, "地下时时彩", "私下开盘",
 *            坐庄; 中新社 2010-07-08 (jiuxingjy.com/fz/2010/07-08/2390078.shtml): the "777真人娱乐场" gambling site
 *            (赌球 left out: chat talks about it, "这么会预测去赌球"); 中央社 2015 on the 广东 lottery-gambling case
 *            (chinadigitaltimes.net/chinese/387786.html):
 *            "广东快乐十分", "北京快车" as the draws gamblers bet on; a 2016 report on gambling sites bought into
 *            search ads (m.jamoxi.com/thread/20201027/13250891.html): "老虎机", "澳门金沙", "注册送礼金"; 2025 article on
 *            gambling-site sign-up traps (cnhan.com/life/202506/30101503_435.html): "注册即送"; 南华县 procuratorate 2025-09-04
 *            (chuxiong.jcy.gov.cn/cjyw/nh/202509/t20250904_7123448.shtml): the invitation "娱乐竞技，红包秒结"; 揭阳
 *            中院 2025-11-27 (jyrb.jynews.net/content/20251127/detail355362.html): agents "坐庄占成"; 枣庄 police 2024-07-26
 *            (gaj.zaozhuang.gov.cn/xwzx/ffyj/202407/t20240726_1919191.html) and 惠州 railway police 2022-04-24
 *            (news.tielu.cn/pinglun/2022-04-24/277871.html): "跑分" is laundering for gambling and fraud sites, recruited as
 *            "兼职/代购/跑分", "刷单跑分" (跑分 alone is a phone's benchmark score: only the recruiting forms). Train/dev: 30
 *            lines hold these words, 28 labelled gambling, 2 World Cup betting ads the labelling checklist called
 *            otherwise; no benign line (新葡京 and
 *            线上赌场 left out: COLD quotes them as the "澳门首家线上赌场" joke)
 *   STOP32   stop 32 (h-offplat), pages corpus of the search tool: 盐城亭湖 police on sports streams that fed gambling
 *            sites (reprint jinlingliren.com/qy/968.html): the slogan "红单推荐" and the platforms 亚博体育, 华体会, 欧宝;
 *            中国新闻周刊 2022-12 (mirror fymry.com/news/717.html): "指定投注站", 波胆 (betting on the exact score), 开云体育;
 *            新浪彩通 2021 (pukebodog.com, NEWSWEEK above): 欧宝娱乐; cnhan.com (STOP31): "首存优惠". Their structures (a
 *            venue with a call to sign up or make contact, deposit bonuses) are lib/detect/gambling-forms.ts's
 *   STOP33   stop 33 (h-gamble): konsheng/Sensitive-lexicon Vocabulary/零时-Tencent.txt and 补充词库.txt @ 5a8da94 (MIT;
 *            the repository the shared lexicons come from), the betting-site words that offer a bet rather than name
 *            the vice: 在线/线上/网上/体育/皇冠/真钱/现金/国际 投注, 投注网, 五大联赛投注, 赌球网站, 赌球代理, 外围赌球,
 *            在线赌钱, 真钱赌博, 真人轮盘, 真人娱乐, 彩票预测, 预测彩票, 彩票软件, the spellings 六合采, 六合玄机, 六合皇 (网络赌球, 网络博彩 left out: news and
 *            warnings name them, web_gambling's "十赌十输" line among them); ouf.hk (gambling-forms.ts OUFHK): "解盘费",
 *            "盘口费", the fees a fake insider asks. Train/dev: 5 gambling lines, no other
 *   CSRC     stop 33: illegal stock tips (非法荐股), the investment lure the Measures' guaranteed-return rule covers, as
 *            证监会 warnings quote them: 2019-09-07 warning on live-stream tips (reprinted at ttnews.xyz/a/5e603b96dc9b5e7e2ef7335c):
 *            "分享炒股技巧", "锁定牛股", "推荐黑马股"; the 杀猪盘 warning at kkannews.com/465122586.html: "统一听指令", "全仓杀入",
 *            直播喊单; the summary of 证监会 views at m.7m59.com/jjpd/jjpdgd/202205/13/t20220513_37580361.shtml: 荐股 groups,
 *            "内部VIP群"; 抖音安全中心 via 证券日报 (twgreatdaily.com/cf6ddc18af53bf6e8c234395fbd6f57b.html): "加群指导"; a
 *            futures firm's 防非 page (xdsfutures.com.cn/investor-news-details.aspx?category=79&id=1456&pid=79): "保本高息",
 *            "一个月翻倍". 牛股推荐 left out: a zh_sms_spam line its publisher calls no spam is one. Train/dev: none on any line
 *   REDPACK  stop 33: 法制日报's undercover report on red-packet gambling groups (reprinted at lingyifang.com/5a33E2D54F/
 *            870503759.html): the "微信红包扫雷" group, a deposit before you may play. Train/dev: 扫雷群 and 扫雷红包 on 8
 *            gambling lines, no other
 * 百家乐 and 六合彩 (BANYUE, LEX-AD) are already fraud.ts's gambling_fraud.zh terms.
 * Left out as everyday words: 上分 alone (ranking up in a game), 菠菜 (spinach), 棋牌, 捕鱼, 体育,
 * 娱乐, 澳门, 彩票 and 赌场 (named in news and opinions: the COLDataset hard negatives hold them).
 */
export const GAMBLING_SITES_ZH = [
  // BANYUE
  '真人荷官', '性感荷官', '荷官发牌', '真人发牌', '正规赌场',
  // YICHANG
  '上下分', '上分下分', '上分微信', '下分秒到', '棋牌上分', '充值上分',
  // NANTONG / NETEASE
  '充值返现', '多充多送', '充值返利', '扫码领彩金', '领彩金', '送彩金', '注册送彩金', '娱乐平台注册',
  // WXCASINO
  'pc蛋蛋', '红包赌', '赌博群', '赌群', '斗牛群',
  // NEWSWEEK
  '指定投注', '充值投注', '投注网址', '投注平台', '外围投注', '外围赌', '福利专员',
  // LOTTO
  '一肖一码', '三期必开', '必开一特', '精准预测', '澳门大三巴',
  // LEX-AD
  '足球投注', '地下钱庄', '曾道人',
  // LOTTO-WARN
  '最快报码', '即时开奖', '必中特码', '中奖率高达', '精准号码', '天天开好彩', '内部攻略', '正版资料', '生肖卡', '新澳门', '精准正版', '黑彩', '首存金额',
  // STOP31
  '北京赛车', 'pk拾', 'pk10', '地下时时彩', '私下开盘', '坐庄', '真人娱乐场', '快乐十分', '北京快车', '老虎机', '澳门金沙', '注册送礼金', '注册即送', '红包秒结', '坐庄占成',
  // STOP32
  '红单推荐', '亚博体育', '华体会', '欧宝体育', '欧宝娱乐', '指定投注站', '波胆', '开云体育', '首存优惠',
  '跑分平台', '免押跑分', '免押金跑分', '专业跑分', '兼职跑分', '跑分兼职', '跑分日结', '跑分赚', '跑分佣金', '刷单跑分', '信誉棋牌',
  // STOP33
  '在线投注', '线上投注', '网上投注', '体育投注', '皇冠投注', '真钱投注', '现金投注', '国际投注', '投注网', '五大联赛投注', '赌球网站', '赌球代理',
  '外围赌球', '在线赌钱', '真钱赌博', '真人轮盘', '真人娱乐', '彩票预测', '预测彩票', '彩票软件', '解盘费', '盘口费',
  '六合采', '六合玄机', '六合皇',
  // CSRC
  '荐股群', '免费荐股', '老师荐股', '荐股老师', '分享炒股技巧', '锁定牛股', '推荐黑马股', '全仓杀入', '统一听指令', '直播喊单', '喊单老师', '内部vip群',
  '加群指导', '保本高息', '一个月翻倍',
  // REDPACK
  '红包扫雷', '扫雷红包', '扫雷群',
];
/** FTC: fake testimonials of multiplied returns, and recovery offers */
export const GAMBLING_INVEST_EN = [
  'my payout', 'first payout', 'massive payout', 'got my profit', 'referred to this platform', 'thought it was a scam until',
  'investing with mr', 'investing with mrs', 'investing with her', 'investing with him', 'trading with mr', 'trading with mrs',
  'recover your lost', 'lost funds', 'recovery expert',
];
/** consumer notices quote what they warn against */
export const GAMBLING_INVEST_UNLESS_EN = ['beware of', 'watch out for', 'never send', 'scam alert'];
