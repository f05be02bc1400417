/**
 * The scanner's built-in data (issue 13): the default scorer model, OpenCC's traditional →
 * simplified table and the rule forms (claim, efficacy, price, goods, commerce, gambling, invitations, vulgar talk). Only the background, the server, the CLI and tests import this; the content
 * script receives the same data from the background with the rules (getActiveRules), so no page
 * downloads 220 KB of weights it may never use.
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import type { ScorerModelJson } from '../bundle/model';
import type { FormWire } from '../bundle/form-schema';
import { DEFAULT_MODEL_JSON } from './default-model';
import { CLAIM_FORMS } from './claim-forms';
import { COMMERCE_FORMS } from './commerce-forms';
import { EFFICACY_FORMS } from './efficacy-forms';
import { GAMBLING_FORMS } from './gambling-forms';
import { GOODS_FORMS } from './goods-forms';
import { INVITE_FORMS } from './invite-forms';
import { formToWire } from './form-spec';
import { PRICE_FORMS } from './price-forms';
import { VULGAR_FORMS } from './vulgar-forms';

export interface ScannerData {
  /** the model a bundle without one is scored with */
  model: ScorerModelJson;
  /** OpenCC's TSCharacters, "trad simp[ simp…]|…" (char-fold.ts) */
  tradTable: string;
  /** the rule forms in the order the scanner runs them (forms.ts; issue 13: data, not content-script code) */
  forms: FormWire[];
}

export const BUILT_IN_SCANNER_DATA: ScannerData = { model: DEFAULT_MODEL_JSON, tradTable: TS_CHARACTERS, forms: [...CLAIM_FORMS, ...EFFICACY_FORMS, ...PRICE_FORMS, ...GOODS_FORMS, ...COMMERCE_FORMS, ...GAMBLING_FORMS, ...INVITE_FORMS, ...VULGAR_FORMS].map(formToWire) };
