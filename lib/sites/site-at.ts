/**
 * The content script's side of picking a site (issue 13): which site and room a URL is, from the
 * sites' addresses alone (bundled: a few hundred bytes), and the adapter once the background has
 * handed over how to read that site's pages (its descriptor's reading) with the rules. Every site's
 * selectors are therefore never part of a page's script; lib/sites/registry.ts is the same for
 * callers that hold every descriptor (tests, tools).
 */
import type { SiteAdapter } from './adapter';
import type { SiteAddress, SiteDescriptor, SiteOverride, SiteReading } from './descriptor';
import { SITE_ADDRESSES } from './descriptors';
import { ADAPTER_CODE } from './adapter-code';
import { defineAdapter } from './define-adapter';
import { mergeOverride } from './override';
import { roomIdFromRules, roomKeyOf } from './room-rule';

export function siteAt(url: URL): SiteAddress | null {
  return (SITE_ADDRESSES as readonly SiteAddress[]).find((a) => a.hosts.includes(url.hostname)) ?? null;
}

/** the room key of a URL on this site (one per room), null when the URL is no room */
export function roomKeyAt(site: SiteAddress, url: URL): string | null {
  return roomKeyOf(site.id, roomIdFromRules(site.rooms, site.hosts, url));
}

/**
 * The adapter for a site from its address, the reading handed over and the bundle's override for the
 * site, which came in the same answer and so already passed the background's schema (mergeOverride).
 */
export function adapterFor(site: SiteAddress, reading: SiteReading, override: SiteOverride | undefined, warn: (msg: string) => void = () => {}): SiteAdapter {
  const { descriptor, error } = mergeOverride({ ...site, ...reading } as SiteDescriptor, override);
  if (error) warn(`LiveGuard: ${error}; keeping the built-in selectors`);
  return defineAdapter(descriptor, ADAPTER_CODE[site.id]);
}
