/**
 * The scanner's built-in data (issue 13): the default scorer model and OpenCC's traditional →
 * simplified table. Only the background, the server, the CLI and tests import this; the content
 * script receives the same data from the background with the rules (getActiveRules), so no page
 * downloads 220 KB of weights it may never use.
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import type { ScorerModelJson } from '../bundle/model';
import { DEFAULT_MODEL_JSON } from './default-model';

export interface ScannerData {
  /** the model a bundle without one is scored with */
  model: ScorerModelJson;
  /** OpenCC's TSCharacters, "trad simp[ simp…]|…" (char-fold.ts) */
  tradTable: string;
}

export const BUILT_IN_SCANNER_DATA: ScannerData = { model: DEFAULT_MODEL_JSON, tradTable: TS_CHARACTERS };
