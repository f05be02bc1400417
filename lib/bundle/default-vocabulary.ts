/**
 * Built-in vocabulary shipped with the extension (R-SYNC-22: protection works offline from the
 * first second). Written by our team for every category, zh and en; the companion API publishes
 * newer ones. Never filled from evaluation text. Each commerce category has one file holding each
 * term once with its source (false-claim.ts, price-fraud.ts, counterfeit.ts, prohibited-goods.ts,
 * minor-unsuitable.ts, data-falsification.ts: the Ad Law, the price-marking rules, train-split case
 * reports, public lexicons, ../shared/data/text/adlaw), and so do the lure categories (off-platform.ts,
 * gambling-fraud.ts, harassment.ts: their lists from the issue, platform rules, police notices, the
 * MEASURES and public lexicons, each in a file that names its source); lures.ts adds fake traffic.
 */
import type { Vocabulary } from './vocabulary';
import { OFF_PLATFORM } from './vocabulary/off-platform';
import { FALSE_CLAIM } from './vocabulary/false-claim';
import { PRICE_FRAUD } from './vocabulary/price-fraud';
import { COUNTERFEIT } from './vocabulary/counterfeit';
import { PROHIBITED_GOODS } from './vocabulary/prohibited-goods';
import { MINOR_UNSUITABLE } from './vocabulary/minor-unsuitable';
import { DATA_FALSIFICATION } from './vocabulary/data-falsification';
import { GAMBLING_FRAUD } from './vocabulary/gambling-fraud';
import { HARASSMENT } from './vocabulary/harassment';
import { LURES } from './vocabulary/lures';

export const DEFAULT_VOCABULARY: Vocabulary = [
  ...OFF_PLATFORM, ...FALSE_CLAIM, ...PRICE_FRAUD, ...COUNTERFEIT, ...PROHIBITED_GOODS, ...MINOR_UNSUITABLE, ...DATA_FALSIFICATION, ...GAMBLING_FRAUD, ...HARASSMENT, ...LURES,
];
