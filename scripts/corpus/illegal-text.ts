/**
 * Reader for wjx-git/IllegalTextDetection (issue 15, stop 29): Weibo-style posts and replies the
 * publisher labelled 违规 (涉政、色情、辱骂: political, sexual or abusive) or not. A second Chinese
 * abuse publisher beside COLD, so the harassment head does not learn one data set's style: most of
 * its 违规 lines are insults, many of them sexual (你妈…, 婊子…), which is what the test split's
 * 谩骂引战 lines are said to be (ChineseHarm-bench is never read here).
 *
 * The publisher's files are word-segmented (a space between words); the space between two CJK
 * characters or punctuation marks is removed so that character n-grams see the text as written
 * (only whitespace changes; nothing is paraphrased). Only the *_original files are read: the
 * others are the publisher's own augmentations (inserted symbols, split characters), not real text.
 */
import type { Add, Show } from './public-sets';

export const ILLEGAL_TEXT_COMMIT = 'e005e667510fa3a57806061b469d511cb39819f0';
const REPO = 'wjx-git+IllegalTextDetection/repo';

/** undo the publisher's word segmentation between CJK characters and punctuation */
export function unsegment(text: string): string {
  return text.replace(/(?<=[\p{Script=Han}\p{P}\p{S}])\s+(?=[\p{Script=Han}\p{P}\p{S}])/gu, '').trim();
}

/** "__label__1\t<text>" lines → train (train_original + test_original) and dev (dev_original) */
export function readIllegalText(add: Add, show: Show, commit = ILLEGAL_TEXT_COMMIT) {
  for (const [file, src] of [['data/train_original.txt', 'illegal_text'], ['data/test_original.txt', 'illegal_text'], ['data/dev_original.txt', 'illegal_text_dev']] as const) {
    show(REPO, commit, file).split('\n').forEach((l, i) => {
      const m = /^__label__([01])\t(.*)$/.exec(l.replace(/\r$/, ''));
      if (!m) return;
      const text = unsegment(m[2]);
      if (!text) return;
      // 违规 → harassment (its abuse), scoped so that its political or sexual lines without abuse
      // do not teach other heads; 正常 → benign plain text (a few carry mild swearing: 我擦)
      add(src, text, m[1] === '1' ? ['harassment'] : [], 'source', { ref: `${file} line ${i + 1}` });
    });
  }
}
