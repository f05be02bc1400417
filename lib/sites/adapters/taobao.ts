/**
 * Taobao Live (sites.md §3). Its chat classes are CSS-module hashes (itemWrap--EcN_tFIg), so the
 * selectors match the stable prefix before "--" and survive a rebuild of the hash.
 */
import type { AdapterCode } from '../define-adapter';

/** nothing beyond the generic reading of its descriptor's selectors */
export const taobaoCode: AdapterCode = {};
