/**
 * Shared scanners for the detect unit tests: the real default bundle, built once per test file.
 * `scan`/`categories`/`detectors` use the full scanner (rules and the trained scorer); `rulesOnly`
 * has the same three without the scorer, for tests whose positives must fail when their rule goes.
 */
import { createScanner, type Scanner } from '@/lib/detect';
import { DEFAULT_BUNDLE } from '@/lib/bundle/default-bundle';
import { scanReaders } from './scan-readers';

export const scanner = createScanner(DEFAULT_BUNDLE);
export const { scan, categories, detectors } = scanReaders(() => scanner);

// built on first use: most files never need the second scanner
let rules: Scanner | undefined;
export const rulesOnly = scanReaders(() => (rules ??= createScanner(DEFAULT_BUNDLE, { scorer: false })));
