/**
 * Raw hits of every detector made into findings (issue 15: one factory, lib/shared/finding.ts):
 * one per category and overlapping span, each with what fired in words.
 */
import type { Finding, Observation } from '../model';
import { severityRank } from '../taxonomy';
import { createFinding } from '../shared/finding';
import type { RawHit } from './detector-types';

/** One finding per category and overlapping span: the most severe, then the longest. */
export function toFindings(raw: RawHit[], obs: Pick<Observation, 'kind' | 'text'> & Partial<Observation>, text: string): Finding[] {
  raw.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RawHit[] = [];
  for (const h of raw) {
    if (kept.some((k) => k.category === h.category && k.start < h.end && h.start < k.end)) continue;
    kept.push(h);
  }
  kept.sort((a, b) => a.start - b.start);
  const source = { kind: obs.kind, text, author: obs.author, id: obs.id, at: obs.at };
  return kept.map((h) => createFinding({ category: h.category, severity: h.severity, ruleId: h.ruleId, messageKey: h.messageKey, detector: h.detector, span: [h.start, h.end], why: h.why ?? DETECTOR_WHY[h.detector] ?? h.detector, source }));
}

/** structured detectors' findings in words (Finding.why) */
const DETECTOR_WHY: Record<string, string> = {
  phone: 'a mainland mobile number',
  qq: 'a QQ number',
  bankcard: 'a bank-card number (Luhn check passes)',
  wechat_id: 'a handle after a contact app (WeChat, QQ, Telegram, WhatsApp …)',
  group_number: 'a group number after 群',
  reference_price: 'a reference price set against the price now (price-marking rules Art. 19)',
  contact_number: 'a phone or hotline number after a contact word',
  trunk_number: 'a phone number with a trunk prefix (0…), no contact word needed',
  link: 'a link to a site outside the platform',
  short_link: 'a short link (its target is hidden)',
  pressure: 'a "last N units" pressure count',
  price_ratio: 'an "original" price three times the price or more',
  efficacy: 'a treating or preventing verb near a disease or condition (Ad Law Art. 17, Food Safety Law Art. 71)',
  pay_to_win: 'pay, tip or send an amount and get more back',
  review_reward: 'a reward for a good review',
  unmarked_price: 'a price not marked: asked for by private message or comment, or only "on the home page" (R-PRICE-25)',
  directed_insult: 'a pejorative aimed at "you" or the person a comment answers',
};
