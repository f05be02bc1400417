/**
 * Term lists taken from official and published sources (issue 15), one file per category; each
 * file names its sources. Wording is the source's own where the source lists words, otherwise the
 * behaviour it forbids spelled as hosts say it. Evaluation text (data/corpus test split) was not
 * used to write these. The order below is the order the groups had in one file before the split.
 */
import type { TermGroup } from '../vocabulary';
import { OFFICIAL_OFF_PLATFORM } from './official-off-platform';
import { OFFICIAL_CLAIMS } from './official-claims';
import { OFFICIAL_PRICE } from './official-price';
import { OFFICIAL_FRAUD } from './official-fraud';
import { OFFICIAL_GOODS } from './official-goods';
import { OFFICIAL_HARASSMENT } from './official-harassment';

export { WARNING_PHRASES } from './official-warnings';

export const OFFICIAL: TermGroup[] = [...OFFICIAL_OFF_PLATFORM, ...OFFICIAL_CLAIMS, ...OFFICIAL_PRICE, ...OFFICIAL_FRAUD, ...OFFICIAL_GOODS, ...OFFICIAL_HARASSMENT];
