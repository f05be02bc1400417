/** Shared scanner for the detect unit tests: the real default bundle, built once. */
import { createScanner } from '@/lib/detect';
import { DEFAULT_BUNDLE } from '@/lib/bundle/default-bundle';
import type { ObservationKind } from '@/lib/model';

export const scanner = createScanner(DEFAULT_BUNDLE);

export function scan(text: string, kind: ObservationKind = 'chat') {
  return scanner.scan({ kind, text });
}
export function categories(text: string, kind: ObservationKind = 'chat'): string[] {
  return [...new Set(scan(text, kind).map((f) => f.category))].sort();
}
