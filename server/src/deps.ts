import type { Db } from './db/types';
import type { BundleCache } from './bundle-cache';
import type { KeyPair } from './keys';
import type { RateLimiter } from './rate-limit';

export interface Deps {
  db: Db;
  cache: BundleCache;
  key: KeyPair;
  reportLimiter: RateLimiter;
}
