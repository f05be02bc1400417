/**
 * The pure part of perf-attribution.ts: `perf script -F tid,ip,sym,dso` text → samples (innermost
 * frame first), then the samples with a frame of `script` (a jitted frame named by V8's perf map:
 * "JS:<tier><name> <url>:<line>:<column>") counted by innermost frame kind, by the script function
 * that called into C++, and inclusively per script function.
 */
export type Sample = string[];

export function parsePerfScript(text: string): Sample[] {
  const out: Sample[] = [];
  let cur: Sample | null = null;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    // a sample's header (its thread id, right-aligned: may start with spaces), then its frames, each after a tab
    if (!line.startsWith('\t')) {
      if (cur) out.push(cur);
      cur = [];
    } else cur?.push(line.trim().replace(/^[0-9a-f]+ /, ''));
  }
  if (cur) out.push(cur);
  return out;
}

/** what kind of code a frame is: a frame of the script, other jitted JS, regexp code, a builtin, the kernel, or C++ */
export function frameKind(frame: string, script: string): 'script' | 'js' | 'regexp' | 'builtin' | 'kernel' | 'c++' {
  if (frame.includes(script)) return 'script';
  if (frame.startsWith('JS:') || frame.startsWith('Script:')) return 'js';
  if (frame.startsWith('RegExp')) return 'regexp';
  if (frame.startsWith('Builtin:') || frame.startsWith('BytecodeHandler:')) return 'builtin';
  if (frame.includes('[kernel')) return 'kernel';
  return 'c++';
}

/**
 * `resolve(line, column)`: a source position for a generated one (1-based line, 0-based column),
 * from the script's source map; without it frames keep their minified names.
 */
export function perfAttribution(samples: Sample[], script: string, resolve?: (line: number, column: number) => string | null) {
  const fnName = (frame: string) => {
    const m = frame.match(/^JS:[*+^~]?'?(\S*) \S*?:(\d+):(\d+)/);
    if (!m) return frame.split(' (')[0];
    const at = resolve?.(Number(m[2]), Math.max(0, Number(m[3]) - 1));
    return `${m[1] || '(anonymous)'} ${at ?? `${script}:${m[2]}:${m[3]}`}`;
  };
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const leaf = new Map<string, number>();
  const nativeByCaller = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let mine = 0;
  for (const s of samples) {
    const inner = s.findIndex((f) => f.includes(script));
    if (inner < 0) continue;
    mine++;
    const kind = frameKind(s[0], script);
    count(leaf, kind === 'script' ? 'our JS' : kind === 'c++' ? 'browser binary (C++: DOM bindings, V8 runtime; V8 builtins run from it)' : kind);
    if (kind === 'c++' || kind === 'kernel') count(nativeByCaller, fnName(s[inner]));
    const seen = new Set<string>();
    for (const f of s) {
      if (!f.includes(script)) continue;
      const n = fnName(f);
      if (!seen.has(n)) {
        seen.add(n);
        count(inclusive, n);
      }
    }
  }
  const sorted = (m: Map<string, number>) => [...m].sort((x, y) => y[1] - x[1]);
  return { total: samples.length, samples: mine, leaf: sorted(leaf), nativeByCaller: sorted(nativeByCaller), inclusive: sorted(inclusive) };
}
