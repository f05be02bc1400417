/** The bundle the extension starts with before (or without) any sync (R-SYNC-22). */
import { BUNDLE_SCHEMA_VERSION, type Bundle } from './schema';
import { DEFAULT_VOCABULARY } from './default-vocabulary';

export const DEFAULT_BUNDLE: Bundle = {
  schemaVersion: BUNDLE_SCHEMA_VERSION,
  // version 0 = built in; any published bundle has version >= 1
  version: 0,
  issuedAt: '2026-11-01T00:00:00.000Z',
  settings: { minSyncIntervalSec: 3600 },
  vocabulary: DEFAULT_VOCABULARY,
  sites: {},
  blacklist: [],
};
