/**
 * Term lists taken from official and published sources (issue 15) for the lure categories, one file
 * per category; each file names its sources. Wording is the source's own where the source lists
 * words, otherwise the behaviour it forbids spelled as hosts say it. Evaluation text (data/corpus
 * test split) was not used to write these. The commerce categories keep each term once, with its
 * source, in one file per category (false-claim.ts, price-fraud.ts, counterfeit.ts,
 * prohibited-goods.ts, minor-unsuitable.ts, data-falsification.ts).
 */
import type { TermGroup } from '../vocabulary';
import { OFFICIAL_OFF_PLATFORM } from './official-off-platform';
import { OFFICIAL_FRAUD } from './official-fraud';
import { OFFICIAL_HARASSMENT } from './official-harassment';

export { WARNING_PHRASES } from './official-warnings';

export const OFFICIAL: TermGroup[] = [...OFFICIAL_OFF_PLATFORM, ...OFFICIAL_FRAUD, ...OFFICIAL_HARASSMENT];
