/**
 * All site adapters from the full descriptors, and picking one for a URL (with the bundle's selector
 * overrides applied): for callers that hold every descriptor (tests, tools). The content script
 * builds its one adapter from the handed-over reading instead (site-at.ts, issue 13).
 */
import type { SiteAdapter } from './adapter';
import type { SiteId } from '../model';
import { applyOverride } from './override';
import { defineAdapter } from './define-adapter';
import { SITE_DESCRIPTORS } from './descriptors/all';
import { ADAPTER_CODE } from './adapter-code';

export const ADAPTERS: readonly SiteAdapter[] = SITE_DESCRIPTORS.map((d) => defineAdapter(d, ADAPTER_CODE[d.id]));

export function adapterForUrl(url: URL, overrides: Record<string, unknown> = {}, warn: (msg: string) => void = () => {}): SiteAdapter | null {
  const base = ADAPTERS.find((a) => a.descriptor.hosts.includes(url.hostname));
  if (!base) return null;
  const { descriptor, error } = applyOverride(base.descriptor, overrides[base.descriptor.id]);
  if (error) warn(`LiveGuard: ${error}; keeping the built-in selectors`);
  return descriptor === base.descriptor ? base : { ...base, descriptor };
}

/** the built-in adapter of a site */
export function adapterOf(site: SiteId): SiteAdapter {
  return ADAPTERS.find((a) => a.descriptor.id === site)!;
}
