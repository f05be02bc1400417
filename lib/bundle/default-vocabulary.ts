/**
 * Built-in vocabulary shipped with the extension (R-SYNC-22: protection works offline from the
 * first second). Filled by the detection engine (lib/detect); the companion API publishes newer ones.
 */
import type { Vocabulary } from './vocabulary';

export const DEFAULT_VOCABULARY: Vocabulary = [];
