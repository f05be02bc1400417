/**
 * Request paths for the scale bench's lookup runs (issue 22), shaped as the extension sends them
 * (lib/sync/credit-client + lib/bundle/credit-prefixes): the host's 4-hex prefix, plus random decoy
 * 4-hex prefixes of listed hosts until the request names at least MIN_BUCKET_HOSTS hosts. Which
 * host a viewer looks up follows one of three workloads:
 *  - cold: every host equally likely (a fresh instance, nearly every request a cache miss);
 *  - realistic: Zipf (s = 1) popularity over all hosts, as audiences crowd onto few live rooms —
 *    the top 1,000 of 10^6 hosts get about half the lookups. Decoys are drawn afresh for every
 *    request (each request a different viewer's first lookup: the worst case for any cache, so
 *    the hit rate is a lower bound; a bucket of ≥ 16 hosts needs no decoy and is always one key);
 *  - hot: 1,000 fixed prefix lists (the best case: what one cache hit costs).
 * Input: how many hosts lie under each 4-hex prefix, and a sample of real hashes (rank order).
 */
import { MIN_BUCKET_HOSTS } from '../../lib/bundle/credit-prefixes';

export type Workload = 'cold' | 'realistic' | 'hot';

export interface Population {
  /** hosts per 4-hex prefix, index = parseInt(prefix, 16) */
  buckets: Uint32Array;
  /** real hashes; in the realistic workload, index = popularity rank - 1 */
  sample: readonly string[];
  total: number;
}

const hex4 = (i: number) => i.toString(16).padStart(4, '0');

export function makeWorkload(pop: Population, random: () => number = Math.random) {
  const listed: number[] = [];
  for (let i = 0; i < pop.buckets.length; i++) if (pop.buckets[i]) listed.push(i);
  const anyListed = () => listed[Math.floor(random() * listed.length)]!;

  /** the extension's request for a host under this 4-hex bucket: the bucket plus decoys up to 16 hosts */
  const pathFor = (bucket: number) => {
    const chosen = new Set([bucket]);
    let hosts = pop.buckets[bucket]!;
    while (hosts < MIN_BUCKET_HOSTS && chosen.size < Math.min(listed.length, 64)) {
      const d = anyListed();
      if (chosen.has(d)) continue;
      chosen.add(d);
      hosts += pop.buckets[d]!;
    }
    return `/v1/credit/${[...chosen].sort((a, b) => a - b).map(hex4).join(',')}`;
  };
  const bucketOf = (hash: string) => parseInt(hash.slice(0, 4), 16);

  /** Zipf(1) rank over `total` hosts: P(rank <= x) ≈ ln x / ln total */
  const zipfRank = () => Math.floor(Math.exp(random() * Math.log(pop.total)));
  const hot = Array.from({ length: 1000 }, () => pathFor(anyListed()));

  const next: Record<Workload, () => string> = {
    // a uniformly random host lies under a listed bucket with probability ∝ its hosts: pick a sampled host
    cold: () => pathFor(bucketOf(pop.sample[Math.floor(random() * pop.sample.length)]!)),
    realistic: () => {
      const rank = zipfRank();
      // ranks past the sample are tail hosts: any host of the tail, by its bucket
      return pathFor(rank <= pop.sample.length ? bucketOf(pop.sample[rank - 1]!) : bucketOf(pop.sample[Math.floor(random() * pop.sample.length)]!));
    },
    hot: () => hot[Math.floor(random() * hot.length)]!,
  };
  return { next, hot };
}
