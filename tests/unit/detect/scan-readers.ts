/**
 * What the detect tests read from a scanner: its findings, their categories, their detectors.
 * Kept apart from helpers.ts because it imports nothing at run time: forms-handover.test.ts must
 * build its scanner from the wire answer alone and never load lib/detect/index.ts (which hands the
 * built-in forms to every other caller), so it can use these readers but not helpers.ts.
 */
import type { Scanner } from '@/lib/detect';
import type { ObservationKind } from '@/lib/model';
import type { Category } from '@/lib/taxonomy';

/** `get` is called on each scan, so a scanner can be built on first use */
export function scanReaders(get: () => Scanner, defaultKind: ObservationKind = 'chat') {
  const scan = (text: string, kind: ObservationKind = defaultKind) => get().scan({ kind, text });
  return {
    scan,
    /** the categories found, each once, sorted */
    categories: (text: string, kind: ObservationKind = defaultKind): Category[] => [...new Set(scan(text, kind).map((f) => f.category))].sort(),
    /** the detector of every finding, in the scanner's order */
    detectors: (text: string, kind: ObservationKind = defaultKind): string[] => scan(text, kind).map((f) => f.detector),
  };
}
