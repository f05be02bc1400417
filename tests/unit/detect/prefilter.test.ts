/**
 * The prefilter (lib/detect/prefilter.ts, issue 3) may only skip lines the full scan finds nothing
 * in: the scanner with and without it must return identical findings on every labelled eval line,
 * every line of the real corpora in ../shared/data and a fuzzed set of evasion-shaped strings; and
 * its literals must cover every variant rule, so neither can drift from the other.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScanner } from '@/lib/detect';
import { DEFAULT_BUNDLE } from '@/lib/bundle/default-bundle';
import { OBSERVATION_KINDS, ObservationKindSchema, type ObservationKind } from '@/lib/model';
import { prefilterLiterals, TRIGGER } from '@/lib/detect/prefilter';
import { RULES, VARIANT_LITERALS } from '@/lib/detect/variants';
import { structuredDetectors } from '@/lib/detect/structured';
import { structuredCues } from '@/lib/detect/structured-gate';

// lib/detect (imported above) has given this context the built-in rule forms
const STRUCTURED_DETECTORS = structuredDetectors();
const STRUCTURED_CUES = structuredCues();
const PREFILTER_LITERALS = prefilterLiterals();
const withPrefilter = createScanner(DEFAULT_BUNDLE);
const without = createScanner(DEFAULT_BUNDLE, { prefilter: false });

/** texts whose findings differ (with the two results), for a readable failure */
function differences(lines: { kind: ObservationKind; text: string }[]) {
  const out: { text: string; kind: ObservationKind; with: unknown; without: unknown }[] = [];
  for (const { kind, text } of lines) {
    const a = withPrefilter.scan({ kind, text });
    const b = without.scan({ kind, text });
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ text, kind, with: a, without: b });
  }
  return out;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('prefilter equivalence', () => {
  it('labelled eval sets: identical findings with and without the prefilter', () => {
    const lines: { kind: ObservationKind; text: string }[] = [];
    for (const f of readdirSync('tests/eval').filter((x) => x.endsWith('.tsv'))) {
      for (const line of readFileSync(join('tests/eval', f), 'utf8').split('\n')) {
        if (!line.trim() || line.startsWith('#')) continue;
        const [, kind, ...rest] = line.split('\t');
        const text = rest.join('\t');
        // each line as labelled, and as chat (the kind the prefilter serves)
        lines.push({ kind: ObservationKindSchema.parse(kind), text }, { kind: 'chat', text });
      }
    }
    expect(lines.length).toBeGreaterThan(300);
    const flagged = lines.filter((l) => without.scan(l).length).length;
    expect(flagged).toBeGreaterThan(100); // the sets hold plenty of risky lines: skipping is tested
    expect(differences(lines)).toEqual([]);
  });

  it('every line and field of the real corpora in ../shared/data/text: identical findings', () => {
    const dir = '../shared/data/text';
    expect(existsSync(dir), `${dir} (the shared corpora) must exist`).toBe(true);
    const lines: { kind: ObservationKind; text: string }[] = [];
    for (const f of filesUnder(dir)) {
      if (f.endsWith('SOURCE.txt')) continue;
      for (const line of readFileSync(f, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        lines.push({ kind: 'chat', text: line });
        for (const field of line.split('\t')) if (field && field !== line) lines.push({ kind: 'chat', text: field });
      }
    }
    expect(lines.length).toBeGreaterThan(20_000);
    expect(lines.filter((l) => without.scan(l).length).length).toBeGreaterThan(1000); // the spam sets
    expect(differences(lines)).toEqual([]);
    // 20k+ lines scanned twice, the unfiltered pass running the scorer's every head on each: a
    // generous bound so a loaded 2-core machine does not fail it (not a speed check: see bench)
  }, 180_000);

  it('fuzzed evasion-shaped strings (term pieces, variants, numerals, separators, dots, look-alikes) of every kind', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    const terms = DEFAULT_BUNDLE.vocabulary.flatMap((g) => [...g.terms, ...(g.unless ?? [])]);
    const pieces = [
      ...terms, ...VARIANT_LITERALS, ...STRUCTURED_CUES,
      ...'0123456789０１２３４５６７８９①②⑩零〇一幺二两三四五六七八九十壹贰叁肆伍陆柒捌玖个件单',
      ...' .．․﹒-_/:@#*~、，。!?！？❤️😀\u200b\u3000\t', 'ｖｘ', 'Ｖ', 'ＷＸ', '𝐕𝐗', '➕', '+', '薇', '徽', '信', '芯', '扣', '企鹅', '飞机', 'http://', 'www.', '.com', '.cn', 't.cn/', 'bit.ly/',
      'a', 'b', 'e', 'm', 'D', 'x', 'ing', 'the ', '¥', '$', '原价', '最后', '还剩', 'call ', '电话', 'qq', 'QQ', '號', '電話', '微', '微信号', 'V', 'W',
    ];
    const lines: { kind: ObservationKind; text: string }[] = [];
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const parts = 1 + rnd(7);
      for (let p = 0; p < parts; p++) {
        let piece = pieces[rnd(pieces.length)];
        // cut a term in two or upper-case it now and then: near misses are the interesting cases
        if (piece.length > 2 && rnd(4) === 0) piece = piece.slice(0, 1 + rnd(piece.length - 1));
        if (rnd(5) === 0) piece = piece.toUpperCase();
        text += piece;
      }
      lines.push({ kind: OBSERVATION_KINDS[rnd(OBSERVATION_KINDS.length)], text });
    }
    expect(lines.filter((l) => without.scan(l).length).length).toBeGreaterThan(2000);
    expect(lines.filter((l) => !without.scan(l).length).length).toBeGreaterThan(2000);
    expect(differences(lines)).toEqual([]);
    // CPU-bound (20,000 generated lines scanned twice): Vitest's 20 s default failed it at load ~18 on
    // this 2-core machine (22.5 s; issue 13, flakes); a generous bound, not a speed check (see bench)
  }, 120_000);
});

/**
 * Spells out a variant rule's regex: alternations, (?:…) groups, [..] classes and a `?` on one
 * character or group; look-arounds of one class (with a count: (?=[0-9]{5})) are dropped (they only narrow a match). Anything else throws, so
 * a new rule in a syntax this does not know fails the test until the literals are reviewed.
 */
function expand(source: string): string[] {
  const src = source.replace(/\(\?<?[!=]\[[^\]]*\](?:\{\d+\})?\)/g, '');
  let i = 0;
  const alt = (): string[] => {
    const out: string[] = [];
    for (;;) {
      out.push(...seq());
      if (src[i] === '|') i++;
      else return out;
    }
  };
  const seq = (): string[] => {
    let acc = [''];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let item: string[];
      if (src.startsWith('(?:', i)) {
        i += 3;
        item = alt();
        if (src[i++] !== ')') throw new Error(`unbalanced group in ${source}`);
      } else if (src[i] === '[') {
        const end = src.indexOf(']', i);
        const body = src.slice(i + 1, end);
        if (/[-\\^]/.test(body)) throw new Error(`class syntax not spelled out: [${body}]`);
        item = [...body];
        i = end + 1;
      } else if (/[\\.*+{}()^$]/.test(src[i])) {
        throw new Error(`regex syntax not spelled out at ${i} in ${source}`);
      } else item = [src[i++]];
      if (src[i] === '?') {
        i++;
        item = ['', ...item];
      }
      acc = acc.flatMap((a) => item.map((b) => a + b));
    }
    return acc;
  };
  const out = alt();
  if (i !== src.length) throw new Error(`could not read ${source} past ${i}`);
  return out;
}

describe('prefilter triggers cannot drift', () => {
  it('every spelled-out variant rule match contains a VARIANT_LITERALS entry', () => {
    for (const [re] of RULES) {
      const spelled = expand(re.source);
      expect(spelled.length).toBeGreaterThan(0);
      for (const s of spelled) {
        // the spelling is right: the rule itself matches it (with room for its look-arounds)
        // (a positive look-ahead such as 企鹅(?=[0-9]) needs a following character: dropped here, as it only narrows)
        expect(new RegExp(re.source.replace(/\(\?=\[[^\]]*\](?:\{\d+\})?\)/g, '')).test(` ${s} `), `${re.source} should match "${s}"`).toBe(true);
        expect(VARIANT_LITERALS.some((l) => l && s.includes(l)), `no literal in "${s}" (${re.source})`).toBe(true);
      }
    }
  });

  it('the literals, cues and flags the scanner adds are the ones the detectors gate on', () => {
    const variant = PREFILTER_LITERALS.filter(([, f]) => f === TRIGGER.variant).map(([l]) => l);
    const number = PREFILTER_LITERALS.filter(([, f]) => f === TRIGGER.number).map(([l]) => l);
    expect(variant).toEqual([...VARIANT_LITERALS]);
    // derived from the detectors: every cue of every structured detector, nothing else
    expect(number.sort()).toEqual([...new Set(STRUCTURED_DETECTORS.flatMap((d) => d.cues))].sort());
    // a line that is only a cue or a literal still reaches the detectors
    for (const cue of number) expect(withPrefilter.scan({ kind: 'chat', text: `${cue}8件 ${cue}是abcdefg` })).toEqual(without.scan({ kind: 'chat', text: `${cue}8件 ${cue}是abcdefg` }));
  });

  it('a vocabulary term alone is found with the prefilter on (terms come from the bundle, not a copy)', () => {
    let checked = 0;
    for (const g of DEFAULT_BUNDLE.vocabulary) {
      if (g.kinds && !g.kinds.includes('chat')) continue;
      for (const term of g.terms.slice(0, 3)) {
        const a = withPrefilter.scan({ kind: 'chat', text: term });
        expect(a, term).toEqual(without.scan({ kind: 'chat', text: term }));
        if (a.length) checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
