/**
 * Built-in vocabulary shipped with the extension (R-SYNC-22: protection works offline from the
 * first second). Written by our team for every category, zh and en; the companion API publishes
 * newer ones. Never filled from evaluation text; official.ts takes term lists from official and
 * published sources (each named there), including ../shared/data/text/adlaw as vocabulary;
 * case-reports.ts takes hosts' words from the train split's case reports (each report named there);
 * lures.ts adds contact, task-scam and fake-traffic lures from the issue, platform rules and police notices.
 */
import type { Vocabulary } from './vocabulary';
import { OFF_PLATFORM } from './vocabulary/off-platform';
import { CLAIMS } from './vocabulary/claims';
import { GOODS } from './vocabulary/goods';
import { FRAUD } from './vocabulary/fraud';
import { COMMERCE } from './vocabulary/commerce';
import { OFFICIAL } from './vocabulary/official';
import { CASE_REPORTS } from './vocabulary/case-reports';
import { LURES } from './vocabulary/lures';

export const DEFAULT_VOCABULARY: Vocabulary = [...OFF_PLATFORM, ...CLAIMS, ...GOODS, ...FRAUD, ...COMMERCE, ...OFFICIAL, ...CASE_REPORTS, ...LURES];
