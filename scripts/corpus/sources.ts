/**
 * The real-world corpus's sources (issue 15): where each one comes from, its licence, how its lines
 * got their labels, and the split it belongs to. Split BY SOURCE: every line of a source is in one
 * split, so test-split text comes from sources that neither the rules nor the scorer saw.
 * data/corpus/SOURCES.md is generated from this list by build-corpus.ts.
 */
import type { Category } from '../../lib/taxonomy';

export type Split = 'train' | 'dev' | 'test';

export interface CorpusSource {
  id: string;
  split: Split;
  lang: 'zh' | 'en' | 'mixed';
  /** where the text comes from: repository + path + commit, or URLs */
  origin: string;
  licence: string;
  /** how lines got their labels */
  labelling: string;
  caveat?: string;
  /** the only categories this source's labels speak for (a tweet labelled "not offensive" may still
   * carry a link): train, calibration and eval ignore the other categories on its lines */
  scope?: Category[];
}

export const SOURCES: CorpusSource[] = [
  {
    id: 'zh_sms_spam',
    split: 'train',
    lang: 'zh',
    origin: 'github.com/Ydoit/Spam_Message_Classification data/sample{1,2,3}.csv @ 4aa459cc7e4abd6d1e9d61e4a718fcc11a584746 (via ../shared/data/text/zh_sms_spam: zh_sms_spam_sample.tsv + zh_sms_spam_contact_subset.tsv, de-duplicated)',
    licence: 'none stated by the repository; upstream is the public Chinese SMS spam corpus (hrwhisper/SpamMessage 带标签短信.txt)',
    labelling: 'publisher label spam/normal; spam lines given taxonomy categories by the annotation checklist scripts/corpus/annotate.ts (by: "cue"); spam matching no category is kept with untaxed=true and left out of training and rates. Normal lines are benign (by: "source").',
    caveat: 'digits are masked as "x" by the publisher; "normal" lines are mostly news/web fragments, not chat',
  },
  {
    id: 'uci_sms_spam',
    split: 'train',
    lang: 'en',
    origin: 'SMS Spam Collection v.1 (Almeida & Gómez Hidalgo 2011) via github.com/hamzaaacodes/sms-spam-collection SMSSpamCollection @ f3e73e1e74e6330b62d1ee1983bba2a063184c26 (../shared/data/text/en_sms_spam)',
    licence: 'CC BY 4.0 (UCI Machine Learning Repository)',
    labelling: 'publisher label spam/ham; spam given categories by scripts/corpus/annotate.ts (by: "cue"); ham benign (by: "source")',
  },
  {
    id: 'bilibili_danmaku',
    split: 'train',
    lang: 'zh',
    origin: 'github.com/dd-center/Danmaku_dataset_augmentation danmaku_dataset/** @ f3be09cafa46573776de9a0549716affe368b526 (3,000-line sample in ../shared/data/text/zh_live_chat); the lines from uploaders with an even channel id (the others are bilibili_danmaku_dev)',
    licence: 'none stated by the repository',
    labelling: 'benign real chat (by: "source"; unlabelled video danmaku, assumed benign as the shared README says)',
  },
  {
    id: 'bilibili_danmaku_dev',
    split: 'dev',
    lang: 'zh',
    origin: 'the same 3,000-line sample as bilibili_danmaku: the lines from uploaders with an odd channel id (danmaku_dataset/<uploader>/...)',
    licence: 'none stated by the repository',
    labelling: 'benign real chat (by: "source"), as bilibili_danmaku',
    caveat: 'split from bilibili_danmaku by uploader (issue 15, fifth pass) so that dev holds Chinese chat for calibrating the scorer; before, dev had only English benign chat',
  },
  {
    id: 'davidson_offensive',
    split: 'dev',
    lang: 'en',
    origin: 'github.com/t-davidson/hate-speech-and-offensive-language data/labeled_data.csv @ cb50f7e9eb855a99abc51423bf40df0e26d6fe30',
    licence: 'MIT (repository LICENSE)',
    labelling: 'publisher majority label (CrowdFlower): class 0 hate speech / 1 offensive -> harassment; class 2 neither -> benign (by: "source"). Deterministic sample (every n-th row).',
    caveat: 'tweets, 2017; "offensive" includes profanity not aimed at anyone',
    scope: ['harassment'],
  },
  {
    id: 'cold_offensive_dev',
    split: 'dev',
    lang: 'zh',
    origin: 'github.com/thu-coai/COLDataset COLDataset/dev.csv @ a0c55a945497ab58e94aef491180e1cf88ffb864',
    licence: 'Apache-2.0 (repository LICENSE)',
    labelling: 'publisher label (dev set, coarse): 1 offensive -> harassment; 0 non-offensive -> benign, hard negatives (they discuss race, gender, region) (by: "source")',
    caveat: 'the dev file has no fine-grained label: "offensive" there also covers attacks on groups, which the test source (cold_offensive, fine-grained) leaves out. Same publisher as the test source, different lines: Chinese harassment rules are tuned here, so the test harassment figure is in-distribution for COLD, not an unseen source.',
    scope: ['harassment'],
  },
  {
    id: 'twitch_chat',
    split: 'dev',
    lang: 'en',
    origin: 'github.com/Chatterino/chatterino2 benchmarks/resources/recentmessages-nymn.json @ baa5119298ff2c56e749a0c69dd879e983371b71 (../shared/data/text/en_live_chat)',
    licence: 'MIT',
    labelling: 'benign real chat (by: "source")',
  },
  {
    id: 'web_cases',
    split: 'train',
    lang: 'mixed',
    origin: 'public web pages found with the search tool on 2026-12-07 (SAMR and local market-regulator typical cases as reported by news sites, police anti-fraud notices, consumer-association alerts, FTC warning-letter coverage, marketplace-scam guides); each line carries its URL. data/corpus/raw/web_cases.tsv, the pages at even positions (1st, 3rd, ... page in file order); the others are web_cases_dev',
    licence: 'short quotations for evaluation; copyright stays with each publisher',
    labelling: 'read and labelled by the corpus builder (by: "reader"): ad copy and hosts\' or scammers\' words the page quotes, viewers\' lines, and warnings or notices that mention lure words (hard negatives).',
    caveat: 'MOVED FROM TEST TO TRAIN/DEV (issue 15, fifth pass): collected as a test source, but the h-risk3 session wrote patterns after reading its quotes, so it is no longer text the rules never saw. Its pages are now split between train (this source) and dev (web_cases_dev), every line of a page on one side; its figures are not evidence of generalisation. Quotes from ad copy and police notices, not live-room chat',
  },
  {
    id: 'web_cases_dev',
    split: 'dev',
    lang: 'mixed',
    origin: 'the other half of data/corpus/raw/web_cases.tsv: the pages at odd positions (2nd, 4th, ... page in file order); each line carries its URL',
    licence: 'short quotations for evaluation; copyright stays with each publisher',
    labelling: 'as web_cases (by: "reader")',
    caveat: 'see web_cases: moved out of the test split because rules were written after reading it; used for calibration and as a check on real commerce text. A page that a test source (web_quotes) also quotes is left out of train and dev altogether (one line)',
  },
  {
    id: 'web_train',
    split: 'train',
    lang: 'mixed',
    origin: 'public web pages found with the search tool on 2026-12-07 by the h-risk5 session (SAMR and provincial market-regulator typical cases as reported by news sites, procuratorate and court reports, police and consumer-association warnings, FTC warning-letter coverage, marketplace-scam guides); each line carries its URL. data/corpus/raw/web_train.tsv',
    licence: 'short quotations for training; copyright stays with each publisher',
    labelling: 'read and labelled by the corpus builder (by: "reader"): quoted host, seller, shill or scammer words (price comparisons, efficacy claims, counterfeit euphemisms, tip-to-win and review-reward lures), and warnings or reports that mention them (hard negatives). Only text inside quotation marks on the page; no paraphrase.',
    caveat: 'collected for the TRAIN split: pages on domains that appear in a test source were skipped, and quotes already in web_cases were dropped, so no text is in two sources. Small (tens of lines)',
  },
  {
    id: 'cold_offensive_train',
    split: 'train',
    lang: 'zh',
    origin: 'github.com/thu-coai/COLDataset COLDataset/train.csv @ a0c55a945497ab58e94aef491180e1cf88ffb864 (deterministic sample: every 3rd row in file order, 8,000 rows since stop 30 (before, every 8th, 3,000); rows whose text is in the publisher\'s dev or test file left out)',
    licence: 'Apache-2.0 (repository LICENSE)',
    labelling: 'publisher label (train set, coarse): 1 offensive -> harassment; 0 non-offensive -> benign, hard negatives (they discuss race, gender, region) (by: "source")',
    caveat: 'same publisher as cold_offensive_dev and the test source cold_offensive: the test harassment figure on COLD is in-distribution for the scorer, not an unseen source (ChineseHarm-bench 谩骂引战 is the unseen Chinese harassment check). "Offensive" here also covers attacks on groups.',
    scope: ['harassment'],
  },
  {
    id: 'game_chat_ads',
    split: 'train',
    lang: 'zh',
    origin: 'github.com/Chenliu-svg/nlp-ad-in-game dataset/train.txt @ 14bc19ec9df7458f5173eb2e84d48544da8d248d (in-game chat labelled ad / not ad; deterministic sample: 1,500 lines of each label, every k-th in file order)',
    licence: 'none stated by the repository (a public course-task data set)',
    labelling: 'publisher label 1 (resource/trade advertisement) -> taxonomy categories by the annotation checklist scripts/corpus/annotate.ts (by: "cue"), untaxed when none matches; 0 -> benign real chat (by: "source"), except (stop 31) a 0 line that still moves a deal off the chat (annotate.ts movesDealOffChat: a contact app with a number or handle, 加微信/加q/加群, or a trade offer that asks for a private message: 要的老板滴滴, 私聊, 加我) -> off_platform plus the checklist\'s other categories (by: "cue"), as R-OFF-6 asks of any lure off the platform',
    caveat: 'game-currency and account trades, not livestream shopping; real digits (not masked). The publisher\'s "not ad" side also holds trades with QQ/WeChat numbers and sales of sex videos, relabelled by the cue above (269 train lines); a private invitation without a trade (结拜缺人，有的滴滴我) stays benign',
  },
  {
    id: 'mc_group_ads',
    split: 'train',
    lang: 'zh',
    origin: 'github.com/siuank/ADDetector4J mc_qq_group.txt @ fe01c7b9bde3cd9d1b255ef9d30a56305565f8e7 (a Minecraft QQ group\'s messages, collected by hsn8086, labelled ad / not ad; all lines)',
    licence: 'MIT (repository LICENSE)',
    labelling: 'publisher label ==1 (ad or rule-breaking message) -> categories by scripts/corpus/annotate.ts (by: "cue"), untaxed when none matches; ==0 -> benign real group chat (by: "source")',
    caveat: 'game-cheat and account sales in a hobby group; the publisher\'s 1 also covers a few insults',
  },
  {
    id: 'ig_scam_comments',
    split: 'train',
    lang: 'en',
    origin: 'github.com/ScamSpot/scamspot_ig-comment-scraper data/comments-rated.csv @ 84f5ef098052b06f41dd66bb6035429b32879da4 (Instagram comments under finance posts, rated scam / not scam by the publisher; every scam row and every 2nd other row)',
    licence: 'MIT (repository LICENSE)',
    labelling: 'publisher label scam 1 -> categories by scripts/corpus/annotate.ts (by: "cue"; investment-return testimonials and @handle/"message me" lures), untaxed when none matches; 0 -> benign real comments (by: "source")',
    caveat: 'the publisher lower-cased the text and replaced apostrophes; comments under finance influencers\' posts, so crypto talk is common on both sides. Not the YouTube Spam Collection (reserved)',
  },
  {
    id: 'tg_spam',
    split: 'train',
    lang: 'zh',
    origin: 'github.com/MarkIvory2973/tg-spam ml/data/tg-spam/train.csv @ fdd4796d89b9bddbbe42d37fbf665a94ad256702 (Chinese live-room danmaku and Telegram group messages labelled spam / not spam; every line of the file since stop 29, which wanted its gambling-site and adult-content ads: before, 2,000 lines of each label)',
    licence: 'GPL-3.0 (repository LICENSE). The repository names its data sources as the Hugging Face data sets reatiny/chinese-spam-10000 and paulkm/chinese_conversation_and_spam (Telegram groups and anti-spam bot logs; gated, no licence stated there): their own terms were not verified here. Only the trained weights (hashed n-gram sums) reach the extension; if the project judges GPL data unsuitable for shipped weights, drop this source and retrain',
    labelling: 'publisher label 1 (spam) -> taxonomy categories by scripts/corpus/annotate.ts (by: "cue"), untaxed when none matches; 0 -> benign real chat (by: "source"). Stop 30 added cues for what was left untaxed: sex-content ads (-> minor_unsuitable, the same loose mapping as ChineseHarm-bench 低俗色情), fund-laundering ads for gambling and fraud takings (洗米, 跑分, 车队接料 -> gambling_fraud), spaced digit groups and "看我名字" lures (-> off_platform), insults (-> harassment). Stop 31: ads buying, renting or selling bank cards, corporate accounts, phone cards and platform accounts (收一类卡/盾卡/公户/四件套, 卡商/卡主) -> prohibited_goods (反电信网络诈骗法 Art. 31), 222 more lines, most of them untaxed before. Stop 32 (cues read off the train file\'s untaxed spam, decided on train/dev): sexual talk and porn-video sales (射/湿身/扯丝袜/无码/卖盘/麦片, 鸡吧 spellings) -> minor_unsuitable, 240 train lines; name-and-number lures (名字++喂, "29526 Q 77544", 点简介, 要的私) -> off_platform, 253; moving gambling and fraud takings (出U/盗U/U商, 搞米/3OOO米, 车队 crews, 黑白料) and World Cup betting agents -> gambling_fraud, 247; small cards bought for laundering (收小额卡, 是卡就要) -> prohibited_goods, 9 (dev: 58 minor_unsuitable, 58 off_platform). Look-alikes kept out: 溅射 (game skill), 射阳 (a place), 旅游高潮, a shop\'s 内裤/丝袜, 银行承兑汇票, 收月卡. Stop 32, label noise: a publisher "not spam" line that is sexual talk or a direct insult (可以颜射么, 日你妈; annotate.ts talkLabels, explicit words only, an insult aimed at someone) -> minor_unsuitable / harassment (by: "cue"), 25 train and 3 dev lines; selling accounts and phone cards after a bare 出 (出～qq，Vx…③卡), 手咔, 实卡, 接码 (SIM code-receiving) -> prohibited_goods (Art. 31), 24 lines. Kept out: 远射/射不进, 白酒/啤酒, a group rule 禁止色情, swearing at oneself (我他妈哭了), a host\'s 手卡',
    caveat: 'obfuscated contact lures (homophones of 微信/企鹅, spaced digits, styled letters), adult-content ads, gambling and black-market Telegram spam; the benign side is live-room danmaku, so it teaches what ordinary live chat looks like',
  },
  {
    id: 'game_chat_ads_dev',
    split: 'dev',
    lang: 'zh',
    origin: 'github.com/Chenliu-svg/nlp-ad-in-game dataset/validation.txt @ 14bc19ec9df7458f5173eb2e84d48544da8d248d (the publisher\'s own validation file; deterministic sample: 700 lines of each label)',
    licence: 'none stated by the repository (a public course-task data set)',
    labelling: 'as game_chat_ads (ads by cue; "not ad" lines that move a deal off the chat -> off_platform by cue, 221 lines; the rest benign by source)',
    caveat: 'the publisher\'s validation split of the same game chat: used to calibrate the scorer\'s thresholds on chat it was not trained on',
  },
  {
    id: 'tg_spam_dev',
    split: 'dev',
    lang: 'zh',
    origin: 'github.com/MarkIvory2973/tg-spam ml/data/tg-spam/eval.csv @ fdd4796d89b9bddbbe42d37fbf665a94ad256702 (the publisher\'s own evaluation file; all lines, less those whose text is also in its train.csv)',
    licence: 'as tg_spam (GPL-3.0 repository; upstream terms not verified)',
    labelling: 'as tg_spam (spam by cue, the rest benign by source)',
    caveat: 'calibrates the scorer\'s thresholds on live-room chat it was not trained on',
  },
  {
    id: 'web_gambling',
    split: 'train',
    lang: 'zh',
    origin: 'public web pages found with the search tool on 2026-12-07 by the h-harm session (stop 29): a news feature on gambling ads in apps and comment sections, a Legal Daily commentary on World Cup betting ads, a lottery centre\'s warning on illegal betting sites, a Hong Kong police report, and gambling-SEO keyword-farm pages that wrap gambling keyword strings in warnings; each line carries its URL. data/corpus/raw/web_gambling.tsv',
    licence: 'short quotations for training; copyright stays with each publisher',
    labelling: 'read and labelled by the corpus builder (by: "reader"): the gambling-ad and gambling-keyword strings the pages quote (gambling_fraud; a QR code or contact handle also off_platform) and warnings from the same pages (hard negatives). Only quoted strings and whole sentences; no paraphrase.',
    caveat: 'small (26 lines) and mostly short keyword strings, not chat; collected because the train split had almost no Chinese gambling-site text. Pages on a domain a test source quotes were skipped (digipub.cc)',
  },
  {
    id: 'cold_offensive',
    split: 'test',
    lang: 'zh',
    origin: 'github.com/thu-coai/COLDataset COLDataset/test.csv @ a0c55a945497ab58e94aef491180e1cf88ffb864',
    licence: 'Apache-2.0 (repository LICENSE)',
    labelling: 'publisher fine-grained label (test set): 1 attack individual -> harassment; 0 other non-offensive and 3 anti-bias -> benign, hard negatives (they discuss race, gender, region); 2 attack group left out (hate against groups is not in the taxonomy\'s harassment definition: insults, threats, doxxing of a person) (by: "source")',
  },
  {
    id: 'web_quotes',
    split: 'test',
    lang: 'mixed',
    origin: 'public web pages (regulator typical cases as reported by news sites, police anti-fraud notices, platform rule pages); each line carries its URL. data/corpus/raw/web_quotes.tsv',
    licence: 'short quotations for evaluation; copyright stays with each publisher',
    labelling: 'read and labelled by the corpus builder (by: "reader"): quotes of what sellers or hosts claimed, and warnings that mention lure words (hard negatives)',
  },
  {
    id: 'web_cases_late',
    split: 'test',
    lang: 'mixed',
    origin: 'public web pages found with the search tool on 2026-12-07 after that session\'s rule changes were written (court and police reports, consumer-news pages, a state broadcaster, fake-review coverage); each line carries its URL. data/corpus/raw/web_cases_late.tsv',
    licence: 'short quotations for evaluation; copyright stays with each publisher',
    labelling: 'read and labelled by the corpus builder (by: "reader"), as web_cases',
    caveat: '17 lines; kept apart from web_cases because it was collected after the rules, so no rule can have been shaped by it. Five loan promotions first labelled minor_unsuitable are untaxed (h-risk4): the taxonomy puts loans there only when aimed at students, and none of them addresses students',
  },
  {
    id: 'web_cases_late2',
    split: 'test',
    lang: 'mixed',
    origin: 'public web pages found with the search tool on 2026-12-07 by the h-risk5 session AFTER its last rule change (commit 431050a): news and police reports quoting hosts (法制日报, 新京报, 中国消费者报/杭州网, 澎湃新闻) and consumer-protection pages; each line carries its URL. data/corpus/raw/web_cases_late2.tsv',
    licence: 'short quotations for evaluation; copyright stays with each publisher',
    labelling: 'read and labelled by the corpus builder (by: "reader"), as web_cases',
    caveat: '27 lines; collected once the rules were frozen and no rule was changed after, so it is text the rules never saw (the scorer never trains on test sources). Pages on domains of other sources were skipped; no line repeats another source\'s text',
  },
  {
    id: 'chineseharm_bench',
    split: 'test',
    lang: 'zh',
    origin: 'github.com/zjunlp/ChineseHarm-bench benchmark/{不违规,低俗色情,博彩,欺诈,谩骂引战,黑产广告}.json @ 5e81bc498649845306a4aadf6f34c6a08f3d3377 (real Chinese platform content provided by Tencent, professionally annotated; deterministic sample: 600 items of each label file, every k-th in file order)',
    licence: 'benchmark data CC BY-NC 4.0 (README "Ethics Statement"; the repository\'s code is MIT): non-commercial use with attribution. Used here only as evaluation text: never trained on, never shipped in the extension or its bundle',
    labelling: 'publisher label mapped by scripts/corpus/harm-bench.ts: 博彩 -> gambling_fraud, 低俗色情 -> minor_unsuitable, 谩骂引战 -> harassment (by: "source"); 不违规 -> benign, hard negative (by: "source"); 欺诈 -> gambling_fraud when a scam cue (task/brushing jobs, recruiting, guaranteed returns, prizes) matches; 黑产广告 -> prohibited_goods / data_falsification / counterfeit / gambling_fraud by their cues; every risky line also off_platform when a contact cue (app, number, link, QR code, DM, group) matches (by: "cue" whenever a cue gave a label). 欺诈 and 黑产广告 lines no cue matches are untaxed (a risk outside the taxonomy) and left out of rates. The cues are written from the taxonomy\'s definitions in requirements.md',
    caveat: 'UNSEEN: no rule may be written from it (h-claims and h-lures do not read it) and the scorer never trains on the test split. 谩骂引战 also covers flame-baiting memes without an insult, and 低俗色情 is adult chat rather than adult goods, so both are looser than the taxonomy\'s harassment and minor_unsuitable. Cue-labelled categories grade the detectors against the cue lists\' words: read them with that in mind',
  },
  {
    id: 'douyin_livechat',
    split: 'test',
    lang: 'zh',
    origin: 'github.com/gaojingsheng/LiveChat Dataset/Subset/subset.json @ d06c90aae0cedc1d75792c84e6bc140828c90ded (../shared/data/text/zh_live_chat)',
    licence: 'MIT',
    labelling: 'benign real live-room chat and host replies (by: "source")',
  },
  {
    id: 'youtube_livechat',
    split: 'test',
    lang: 'mixed',
    origin: 'github.com/taizan-hokuto/pytchat tests/testdata/**/*.json @ 6c7dc03d069136d9ae124b7d47a26660a7c48a0c (../shared/data/text/en_live_chat)',
    licence: 'MIT',
    labelling: 'benign real live chat (by: "source")',
  },
  {
    id: 'web_testset',
    split: 'test',
    lang: 'mixed',
    origin: 'public web pages found with the search tool on 2026-12-07 by the h-testset session (stop 29) to give the commerce categories enough unseen test lines: regulators\' typical cases and court or police reports as republished by news sites, broadcaster and newspaper investigations quoting hosts, sellers and viewers, FDA/FTC warning-letter coverage and UK ASA rulings quoting ad copy; each line carries its URL. data/corpus/raw/web_testset.tsv',
    licence: 'short quotations for evaluation; copyright stays with each publisher (ASA rulings and FTC/FDA pages are public regulator texts)',
    labelling: 'read and labelled by the corpus builder (by: "reader"): text inside quotation marks on the page (a host\'s, seller\'s, advertiser\'s, shill\'s or viewer\'s words, or a claim fragment the page quotes), or ad text the page itself carries (SEO spam lines inside a page, the title of a spam page, a replica seller\'s own tagline), never the reporter\'s own summary; warnings, complaints and official statements that mention a risky word are hard negatives; ordinary quoted speech is benign',
    caveat: 'TEST ONLY, collected while this stop\'s rule helpers worked on other branches (none read it) and never trained on; labels were set when each line was copied and never changed after seeing what the scanner flags (only aggregate eval figures were looked at; lines were dropped only for repeating another source\'s text or host). 468 lines from 188 hosts (305 risky, a line may carry two categories: false_claim 72, price_fraud 66, prohibited_goods 62, counterfeit 61, data_falsification 60, off_platform 8, gambling_fraud 6; 163 benign, 106 of them hard negatives: warnings, complaints, official notices that name the risky words). Pages on hosts of any other source were skipped and no line repeats another source\'s text (tests/unit/detect/corpus-testset checks the hosts). About 150 lines are English (UK ASA rulings and Irish ASAI decisions quoting ads, FDA/FTC warning-letter coverage, US/UK news on counterfeit and fake-review trade, FTC fake-review cases), the rest Chinese; some mirrors render Chinese in traditional characters (kept as shown). Many lines are ad copy, slogans or claim fragments the page quotes (e.g. "根治糖尿病", "From £28"), not live-room chat; a few are SEO spam found inside pages (tobacco, knock-out drug and replica ads). Shill comments a regulator found fake carry both their claim and data_falsification',
  },
];

/** whether a source's labels say anything about category c (sources without a scope: all) */
export function inScope(src: string, c: Category): boolean {
  const scope = SOURCES.find((s) => s.id === src)?.scope;
  return !scope || scope.includes(c);
}
