import type { Db } from './db/types';
import type { BundleCache } from './bundle-cache';
import type { KeyPair } from './keys';
import type { CreditLookupCache } from './credit-cache';
import type { RateLimiter } from './rate-limit';
import type { OriginPolicy } from './cors-origins';

export interface Deps {
  db: Db;
  cache: BundleCache;
  /** credit lookup answers by data generation (issue 22) */
  lookups: CreditLookupCache;
  key: KeyPair;
  reportLimiter: RateLimiter;
  /** browser origins allowed to POST /v1/reports (cors-origins.ts) */
  reportOrigins: OriginPolicy;
}
