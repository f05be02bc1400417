/**
 * The getActiveRules answer (R-SYNC-22): what a content script scans and reads the room with. It is
 * also the gate for the bundle's regexes (issue 13): the content script runs a site override's
 * `hostIdPattern` without analysing it (lib/bundle/run-regex.ts), so every override is parsed
 * here with the bundle's own schema (BundleRegexSchema's analysis included) and one that fails is
 * left out, the built-in descriptor kept. The held bundle passed that schema when it was synced;
 * checking again covers a bundle stored before the analysis was added or made stricter.
 */
import { SiteOverridesSchema, type Bundle } from '../bundle/schema';
import type { ActiveRules, ScannerDefaults } from './protocol';

export function checkedSiteOverrides(sites: Bundle['sites'], warn: (msg: string) => void = () => {}): ActiveRules['sites'] {
  const out: ActiveRules['sites'] = {};
  for (const [id, override] of Object.entries(sites)) {
    const r = SiteOverridesSchema.safeParse({ [id]: override });
    if (r.success) Object.assign(out, r.data);
    else warn(`LiveGuard: site override for ${id} left out: ${r.error.issues[0]?.message ?? 'invalid'}`);
  }
  return out;
}

export function activeRulesOf(bundle: Bundle, defaults: ScannerDefaults, warn?: (msg: string) => void): ActiveRules {
  const { version, vocabulary, sites, model } = bundle;
  return { version, vocabulary, sites: checkedSiteOverrides(sites, warn), model: model ?? defaults.model, tradTable: defaults.tradTable, forms: defaults.forms };
}
