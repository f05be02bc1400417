/**
 * The supported sites as the popup lists them outside a room (issue 18 item 2), derived from the
 * site descriptors (lib/sites/descriptors), never a hand-kept list: a new descriptor shows up here.
 */
import { SITE_ADDRESSES } from './descriptors';
import type { SiteId } from '../model';

export interface SupportedSite {
  id: SiteId;
  /** the hosts LiveGuard runs on, as the address bar shows them */
  hosts: string[];
}

export const SUPPORTED_SITES: readonly SupportedSite[] = SITE_ADDRESSES.map((d) => ({ id: d.id, hosts: [...d.hosts] }));
