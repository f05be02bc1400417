/**
 * The run-time import graph of one entry (`import type` skipped), walked over the tracked files with
 * the architecture lint's own parser and resolver: which files it reaches (each with the file that
 * first imported it, so a failure can name the chain) and which packages it imports (each with the
 * importing file). content-script-weight and chart-out-of-content share it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importsOf, resolveSpecifier, trackedFiles, ROOT } from '../../../scripts/architecture.mjs';

export interface RuntimeGraph {
  /** file → the file that first imported it (null for the entry) */
  reached: Map<string, string | null>;
  /** package specifier → a file that imports it */
  packages: Map<string, string>;
  /** `entry → … → file` */
  chain: (file: string) => string;
}

export function runtimeGraph(entry: string): RuntimeGraph {
  const files = new Set<string>(trackedFiles());
  const reached = new Map<string, string | null>([[entry, null]]);
  const packages = new Map<string, string>();
  const queue = [entry];
  while (queue.length) {
    const f = queue.shift()!;
    if (!/\.(ts|tsx|js|mjs)$/.test(f) || !files.has(f)) continue;
    for (const { spec, typeOnly } of importsOf(readFileSync(join(ROOT, f), 'utf8'))) {
      if (typeOnly) continue;
      const to = resolveSpecifier(f, spec, files);
      if (to === null) packages.set(spec, f);
      else if (!reached.has(to)) {
        reached.set(to, f);
        queue.push(to);
      }
    }
  }
  const chain = (f: string) => {
    const out = [f];
    for (let p = reached.get(f); p; p = reached.get(p)) out.unshift(p);
    return out.join(' → ');
  };
  return { reached, packages, chain };
}
