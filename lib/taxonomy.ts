/**
 * The one risk taxonomy (requirements.md "Risk categories"): categories, severity tiers and
 * rule ids. Detector, overlay, complaints and the companion API all import from here. Plain data, no
 * zod: the content script imports it (the schemas are in taxonomy-schema.ts, built from these).
 */
export const CATEGORIES = [
  'off_platform',
  'false_claim',
  'counterfeit',
  'prohibited_goods',
  'gambling_fraud',
  'data_falsification',
  'price_fraud',
  'minor_unsuitable',
  'harassment',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** notice = 显著标识 (a mark), warning = 弹窗提示 (a pop-up), critical = 阻断 (an interstitial). */
export const SEVERITIES = ['notice', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(s: Severity | null | undefined): number {
  return s ? SEVERITIES.indexOf(s) + 1 : 0;
}
export function maxSeverity(a: Severity | null, b: Severity | null): Severity | null {
  return severityRank(a) >= severityRank(b) ? a : b;
}

/**
 * Rule ids: one per numbered behaviour in requirements.md (1-23 from the 2021 Measures, 24-26 from
 * the 2026 Supervision Measures), grouped by area. Code comments, tests
 * and the README's feature table cite these.
 */
export const RULES = {
  'R-RISK-1': 'Scan every sale-related text: title, product cards, notices, captions, chat',
  'R-RISK-2': 'A detection names category, rule, matched text and what to do',
  'R-RISK-3': 'No flooding: de-duplicate, cool down per category, mute per room; critical never muted silently',
  'R-RISK-4': 'Absolute terms alone are a notice; cure/efficacy claims at least a warning',
  'R-RISK-5': 'Virtual/AI hosts shown as a badge',
  'R-OFF-6': 'Off-platform lures raise a prominent warning about private transactions',
  'R-OFF-7': 'Matching survives homophones, look-alikes, styled letters, separators, split digits',
  'R-OFF-8': 'In-platform payment questions and unrelated apps are not lures',
  'R-MINOR-9': 'Reminder before content or goods unsuitable for minors',
  'R-MINOR-10': 'Protection mode: PIN gates, no tipping, time budget, curfew, lockout',
  'R-MINOR-11': 'PIN hashed with salt; protection enforceable by browser policy',
  'R-MINOR-12': 'Report "this host looks under 16"',
  'R-CREDIT-13': 'Credit badge and blacklist mark next to the host, with a detail card',
  'R-CREDIT-14': 'A blacklisted marketer is a critical finding',
  'R-CREDIT-15': 'Account lookups by hash prefix only',
  'R-COMPLAINT-16': 'File a complaint in two clicks, stored in IndexedDB, never lost',
  'R-COMPLAINT-17': 'Evidence captured at filing with SHA-256 of each item',
  'R-COMPLAINT-18': '12315 fields, missing-field warnings, 3-year limit',
  'R-COMPLAINT-19': 'List, edit, status, export and import complaints',
  'R-DATA-20': 'Counter jumps, impossible ratios, templated comment runs',
  'R-DATA-21': 'Unfavourable comments that vanish are logged',
  'R-SYNC-22': 'Versioned signed bundles, validated, last good kept, built-in default',
  'R-SYNC-23': 'Nothing about viewing is sent unless the viewer shares a complaint',
  // the 2026 Livestream E-commerce Supervision Measures (直播电商监督管理办法), requirements.md 24-26
  'R-INFO-24': 'Show the seller the room discloses; say when it discloses none or the shop differs from the host',
  'R-PRICE-25': 'Selling without a marked price (price by private message, 扣1报价) is a price-marking finding',
  'R-COMPLAINT-26': 'Complaints and evidence kept at least three years unless the viewer deletes them',
} as const;
export type RuleId = keyof typeof RULES;

/**
 * Which Measures a rule id comes from (issue 20 item 4): 1-23 the 2021 Administrative Measures for
 * Webcast Marketing (Trial) (网络直播营销管理办法（试行）) and the laws listed with it in requirements.md;
 * 24-26 the 2026 Livestream E-commerce Supervision Measures (直播电商监督管理办法). The texts quoted to
 * users name them (locales/rules.json, lib/shared/rule-basis.ts). A function, not a table built from
 * RULES, so the content script does not carry every rule's English description (issue 13).
 */
export type Measures = 'webcast2021' | 'ecommerce2026';
export function ruleMeasures(id: RuleId): Measures {
  return Number(id.split('-').pop()) >= 24 ? 'ecommerce2026' : 'webcast2021';
}

/** The legal basis behind each category, shown in the finding detail (requirements.md table). */
export const CATEGORY_BASIS: Record<Category, string> = {
  off_platform: 'Measures Art. 10; red lines 2/7',
  false_claim: 'Measures red line 2; Advertising Law Art. 9, 17',
  counterfeit: 'Measures red line 3',
  prohibited_goods: 'Measures red line 7; Advertising Law Art. 15, 22',
  gambling_fraud: 'Measures red line 7',
  data_falsification: 'Measures red line 4; Art. 21',
  price_fraud: 'Price-marking rules (2022) Art. 16-20',
  minor_unsuitable: 'Minors Protection Law Art. 59; Advertising Law Art. 40; 2022 tipping opinions',
  harassment: 'Measures red line 6',
};

/** The rule a category's findings cite by default (detectors may cite a more specific one). */
export const CATEGORY_RULE: Record<Category, RuleId> = {
  off_platform: 'R-OFF-6',
  false_claim: 'R-RISK-4',
  counterfeit: 'R-RISK-1',
  prohibited_goods: 'R-RISK-1',
  gambling_fraud: 'R-RISK-1',
  data_falsification: 'R-DATA-20',
  price_fraud: 'R-RISK-1',
  minor_unsuitable: 'R-MINOR-9',
  harassment: 'R-RISK-1',
};

/** Lowest severity a category may carry (R-RISK-4: never soften these below the floor). */
export const CATEGORY_SEVERITY_FLOOR: Record<Category, Severity> = {
  off_platform: 'warning',
  false_claim: 'notice',
  counterfeit: 'warning',
  prohibited_goods: 'critical',
  gambling_fraud: 'warning',
  data_falsification: 'notice',
  price_fraud: 'notice',
  minor_unsuitable: 'warning',
  harassment: 'notice',
};
