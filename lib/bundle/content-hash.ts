/**
 * The content hash of a bundle (R-SYNC-22, issue 13): SHA-256 of its RFC 8785 canonical JSON, with
 * the blacklist in (site, hash) order so the order rows were added in does not matter. Deltas name
 * their base and their result by this hash, not by version number: two servers (or one reset
 * server) can hold different bundles under the same version, and a delta made against one must
 * never be applied to the other.
 */
import canonicalize from 'canonicalize';
import { sha256Hex } from '../account-hash';
import type { Bundle } from './schema';

const memo = new WeakMap<Bundle, Promise<string>>();

export function bundleHash(b: Bundle): Promise<string> {
  let h = memo.get(b);
  if (!h) memo.set(b, (h = compute(b)));
  return h;
}

async function compute(b: Bundle): Promise<string> {
  const blacklist = [...b.blacklist].sort((x, y) => (x.site === y.site ? (x.hash < y.hash ? -1 : x.hash > y.hash ? 1 : 0) : x.site < y.site ? -1 : 1));
  return sha256Hex(canonicalize({ ...b, blacklist })!);
}

export const BundleHashPattern = /^[0-9a-f]{64}$/;
