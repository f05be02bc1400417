/**
 * The scanner (R-RISK-1/2/4, R-OFF-6/7/8): normalise once, run the vocabulary automaton and the
 * structured detectors, drop hits that benign context explains, and return findings with the
 * matched span in the ORIGINAL text. Pure: no browser API; the same code runs in the content
 * script, the CLI, the server and the tests.
 */
import type { Bundle } from '../bundle/schema';
import type { TermGroup } from '../bundle/vocabulary';
import type { Finding, Observation } from '../model';
import { Automaton } from './automaton';
import { contextMaySoften, isDiscussion, isNegatedAt, isQuestion, isSelfAimedAt, isStory, isWarningLine, needsOffer, questionMaySoften, storyMaySoften } from './context';
import { lastFold, normalize, normalizeText, type Normalized } from './normalize';
import { gateProbability, type ScorerModel } from './scorer';
import { scorerHits } from './scorer-hits';
import { toFindings } from './raw-findings';
import { createPrefilter, prefilterLiterals, TRIGGER } from './prefilter';
import { clearCues, markCue, newCueMarks, numberHits, structuredCues } from './structured-gate';
import type { RawHit } from './detector-types';
import { linkHits } from './links';
import { priceHits } from './price-ratio';

export interface Scanner {
  scan(obs: Pick<Observation, 'kind' | 'text'> & Partial<Observation>): Finding[];
  /** number of distinct normalised terms in the automaton */
  readonly termCount: number;
}

interface TermRef {
  group: TermGroup;
  ascii: boolean;
  /** an `unless` phrase rather than a term */
  benignFor?: TermGroup;
}

/** kinds whose scan also reads prices off the original text: the prefilter does not cover them */
const PRICED_KINDS: ReadonlySet<string> = new Set(['product', 'title', 'caption']);
const CARD_KINDS: ReadonlySet<string> = new Set(['product', 'title']);

export interface ScannerOptions {
  /** skip lines that cannot match (prefilter.ts); off only to prove it changes nothing */
  prefilter?: boolean;
  /** run the trained scorer beside the rules (default on); off to measure the rules alone */
  scorer?: boolean;
  /** run only the structured detectors whose cues the automaton found (structured-gate.ts); off only to prove it changes nothing */
  structuredGate?: boolean;
}

/**
 * The scanner for a vocabulary and a model (null: the rules alone). No built-in data here, so the
 * content script bundles none (issue 13): it gets the vocabulary and model from the background.
 * lib/detect/index.ts's createScanner adds the built-in default model for every other caller.
 */
export function buildScanner(bundle: Pick<Bundle, 'vocabulary'>, model: ScorerModel | null, options: ScannerOptions = {}): Scanner {
  if (options.scorer === false) model = null;
  const texts: string[] = [];
  const index = new Map<string, number>();
  // refs per term id without an array per term (issue 3's 10k-term build): refList in the order
  // added, chained from refHead through refNext (-1 ends a chain); refTail appends in order
  const refList: TermRef[] = [];
  const refNext: number[] = [];
  const refHead: number[] = [];
  const refTail: number[] = [];
  // what a hit means to the prefilter, per term id
  const flags: number[] = [];
  const addText = (t: string): number => {
    let id = index.get(t);
    if (id === undefined) {
      id = texts.length;
      index.set(t, id);
      texts.push(t);
      refHead.push(-1);
      refTail.push(-1);
      flags.push(0);
    }
    return id;
  };
  const addTerm = (raw: string, ref: TermRef) => {
    const t = normalizeText(raw);
    if (!t) return;
    const id = addText(t);
    const r = refList.length;
    refList.push(ref);
    refNext.push(-1);
    if (refTail[id] < 0) refHead[id] = r;
    else refNext[refTail[id]] = r;
    refTail[id] = r;
    flags[id] |= ref.benignFor ? 0 : ref.ascii ? TRIGGER.word : TRIGGER.always;
  };
  for (const group of bundle.vocabulary) {
    // refs are read-only: one object per group and kind, not one per term
    let asciiRef: TermRef | undefined;
    let otherRef: TermRef | undefined;
    for (const term of group.terms) addTerm(term, isPrintableAscii(term) ? (asciiRef ??= { group, ascii: true }) : (otherRef ??= { group, ascii: false }));
    if (group.unless?.length) {
      const benignRef: TermRef = { group, ascii: false, benignFor: group };
      for (const phrase of group.unless) addTerm(phrase, benignRef);
    }
  }
  const termCount = texts.length;
  // the prefilter's literals ride in the same automaton with no refs, so they never make a
  // finding themselves
  for (const [literal, flag] of prefilterLiterals()) flags[addText(literal)] |= flag;
  // per term id: its index in structuredCues() (-1: not a cue), so a hit wakes the detectors it gates
  const cueOf = new Int32Array(texts.length).fill(-1);
  structuredCues().forEach((cue, i) => (cueOf[index.get(cue)!] = i));
  const cues = newCueMarks();
  const gateAll = options.structuredGate === false;
  const automaton = new Automaton(texts);
  const gateThreshold = model ? model.threshold[0] : 1;
  const gate = model ? (codes: Uint16Array, k: number) => gateProbability(model, codes, k) >= gateThreshold : undefined;
  const prefilter = options.prefilter === false ? null : createPrefilter(automaton, Uint8Array.from(flags), cueOf, gate);
  let scratch = new Uint16Array(256);

  return {
    termCount,
    scan(obs) {
      const text = obs.text ?? '';
      if (!text) return [];
      if (prefilter && !PRICED_KINDS.has(obs.kind) && !prefilter.mayMatch(text)) return [];
      const n = normalize(text);
      const raw: RawHit[] = [];
      const benign: { group: TermGroup; from: number; to: number }[] = [];
      const termHits: { ref: TermRef; from: number; to: number }[] = [];
      const hits = automaton.scan(n.text);
      const hitTerm = new Map<number, number>();
      clearCues(cues);
      for (const h of hits) {
        if (cueOf[h.term] >= 0) markCue(cues, cueOf[h.term]);
        hitTerm.set(h.start * 65536 + h.end, h.term);
        for (let r = refHead[h.term]; r >= 0; r = refNext[r]) {
          const ref = refList[r];
          if (ref.benignFor) benign.push({ group: ref.benignFor, from: h.start, to: h.end });
          else termHits.push({ ref, from: h.start, to: h.end });
        }
      }
      let question: boolean | undefined;
      let discussion: boolean | undefined;
      let story: boolean | undefined;
      const warning = isWarningLine(n.text, text);
      for (const { ref, from, to } of termHits) {
        const g = ref.group;
        if (g.kinds && !g.kinds.includes(obs.kind)) continue;
        if (ref.ascii && !wordBounded(n, from, to)) continue;
        if (benign.some((b) => b.group.category === g.category && b.from <= from && b.to >= to)) continue;
        // warnings, notices and negations quote the lure they warn against (context.ts)
        if (contextMaySoften(g.category) && (warning || isNegatedAt(text, n.start[from]))) continue;
        // harassment is never softened by a warning, but an insult aimed at the writer harasses no one ("我是傻逼", "舔狗一枚")
        if (g.category === 'harassment' && isSelfAimedAt(text, n.start[from], n.end[to - 1])) continue;
        // a viewer's question is not a claim: "这是第一名吗", "这个能降血糖吗", "只有今天这个价吗" (context.ts questionMaySoften; R-RISK-4 concerns claims
        // made, so the severity of claims that ARE made is never lowered)
        if (questionMaySoften(g.category) && obs.kind === 'chat' && (question ??= isQuestion(text))) continue;
        // a told story claims nothing about goods (context.ts isStory)
        if (storyMaySoften(g.category) && (story ??= isStory(n.text))) continue;
        // a good named in a viewer's comment is discussed, not offered (context.ts isDiscussion); explicit talk is not a good
        if (obs.kind === 'chat' && needsOffer(g.category) && !g.talk && (discussion ??= isDiscussion(n.text))) continue;
        raw.push({ category: g.category, severity: g.severity, ruleId: g.ruleId, messageKey: g.messageKey, detector: 'vocabulary', start: n.start[from], end: n.end[to - 1], why: `term «${texts[hitTerm.get(from * 65536 + to) ?? 0]}» of ${g.id}` });
      }
      // numbers and links are lures by themselves: benign context does not cover them
      // product cards and titles have parsed prices: the ratio check (priceHits) judges those, so a
      // modest "原价¥129 直播间¥99" stays unflagged there; spoken and typed reference prices do not
      for (const h of numberHits(n, cues, gateAll)) {
        if (h.detector === 'reference_price' && CARD_KINDS.has(obs.kind)) continue;
        // claims found by structure (claim-patterns.ts) and price pressure are softened like terms:
        // "谨防刷礼物返现", "别信能治糖尿病", "这个能降血糖吗"; numbers and links never are (an
        // unmarked price's off_platform hit is a phrase, not a number: "不要私信问价" is softened, R-PRICE-25)
        if ((h.category !== 'off_platform' || PHRASE_DETECTORS.has(h.detector)) && contextMaySoften(h.category) && (warning || isNegatedAt(text, h.start))) continue;
        if (questionMaySoften(h.category) && obs.kind === 'chat' && (question ??= isQuestion(text))) continue;
        if (storyMaySoften(h.category) && (story ??= isStory(n.text))) continue;
        raw.push(h);
      }
      for (const h of linkHits(text)) raw.push(h);
      if (PRICED_KINDS.has(obs.kind)) raw.push(...priceHits(text, obs.price, obs.originalPrice));
      if (model) {
        // the scorer reads the fold before variant rewriting: the prefilter's own buffer (exactness)
        const base = lastFold();
        if (scratch.length < base.text.length) scratch = new Uint16Array(base.text.length * 2);
        for (let i = 0; i < base.text.length; i++) scratch[i] = base.text.charCodeAt(i);
        if (!warning && gateProbability(model, scratch, base.text.length) >= gateThreshold) scorerHits(model, scratch, base, raw, obs.kind === 'chat' && (question ??= isQuestion(text)), text);
      }
      return raw.length ? toFindings(raw, obs, text) : [];
    },
  };
}

/** off_platform detectors that match a phrase, not a number or handle: context softens them ("不要扫老板的码") */
const PHRASE_DETECTORS = new Set(['unmarked_price', 'scan_owner', 'goods_then_ask']);

/** /^[\x20-\x7e]+$/ without a regex run per term */
function isPrintableAscii(s: string): boolean {
  if (!s) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

function isAsciiLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
}
/** English terms match whole words: a dropped separator or a non-letter on both sides. */
function wordBounded(n: Normalized, from: number, to: number): boolean {
  const before = from === 0 || n.gap[from] === 1 || !isAsciiLetter(n.text[from - 1]);
  const after = to === n.text.length || n.gap[to] === 1 || !isAsciiLetter(n.text[to]);
  return before && after;
}
