/**
 * The detection engine's public face (issue 3): createScanner(bundle).scan(observation), with the
 * built-in model and traditional → simplified table (built-in-data.ts). The content script builds
 * its scanner from scanner.ts with the data the background sends instead (issue 13).
 */
import type { Bundle } from '../bundle/schema';
import { BUILT_IN_SCANNER_DATA } from './built-in-data';
import { provideTradTable } from './char-fold';
import { provideForms } from './forms';
import { decodeModel } from './model-codec';
import { buildScanner, type Scanner, type ScannerOptions } from './scanner';
import type { ScorerModel } from './scorer';

provideTradTable(BUILT_IN_SCANNER_DATA.tradTable);
provideForms(BUILT_IN_SCANNER_DATA.forms);

let defaultModel: ScorerModel | undefined;

/** a scanner for the bundle's vocabulary and model, else the built-in model (decoded once per process) */
export function createScanner(bundle: Pick<Bundle, 'vocabulary'> & Partial<Pick<Bundle, 'model'>>, options: ScannerOptions = {}): Scanner {
  const model = options.scorer === false ? null : bundle.model ? decodeModel(bundle.model) : (defaultModel ??= decodeModel(BUILT_IN_SCANNER_DATA.model));
  return buildScanner(bundle, model, options);
}
export type { Scanner, ScannerOptions };
export { normalize, type Normalized } from './normalize';
export { luhnValid } from './structured';
