/**
 * A bundle's per-site override (selector lists, the host-id pattern, the chat id attribute),
 * checked by hand and applied to a built-in descriptor. The content script applies overrides on
 * every room, so this holds no zod (issue 13); descriptor.ts builds SiteOverrideSchema from the
 * same constants, and tests/unit/sites/hand-checked-parsers.test.ts holds both to the same verdicts.
 * An invalid override is ignored and the built-in kept, so a bad bundle can never blind the extension.
 * The content script checks neither the regex (R-SYNC-22, lib/bundle/safe-regex.ts) nor, since
 * issue 13's site hand-over, the shape: the overrides it receives passed SiteOverridesSchema (the
 * analysis included) when the bundle was synced and again when getActiveRules answered
 * (lib/sync/active-rules.ts), so it calls mergeOverride, which checks only what needs a document
 * (selector syntax); applyOverride (shape + merge) serves callers that hold raw overrides.
 */
import { MAX_REGEX_SOURCE } from '../bundle/run-regex';
import type { SiteDescriptor, SiteOverride, SiteSelectors } from './descriptor';

/** every selector list a descriptor has (comments: descriptor.ts's SiteSelectors) */
export const SELECTOR_KEYS = [
  'chatContainer',
  'chatRow',
  'chatAuthor',
  'chatText',
  'systemNotice',
  'title',
  'hostName',
  'hostLink',
  'viewers',
  'likes',
  'productCard',
  'productTitle',
  'productPrice',
  'productOriginalPrice',
  'tipButtons',
  'giftLeaderboards',
  'buyButtons',
  'virtualHost',
  // issue 20 item 1: where the room discloses its seller, and the shop a product card names
  'sellerName',
  'sellerLink',
  'sellerLicence',
  'productShop',
  // issue 18 item 3: the video whose centre the pop-ups keep off
  'video',
] as const;
export const MAX_SELECTORS = 20;
export const MAX_SELECTOR_LENGTH = 300;
export const MAX_CHAT_ID_ATTR = 50;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** the override when it has SiteOverrideSchema's shape, else why not */
export function checkOverride(raw: unknown): { override: SiteOverride } | { error: string } {
  if (!isObject(raw)) return { error: 'not an object' };
  for (const k of Object.keys(raw)) if (k !== 'hostIdPattern' && k !== 'chatIdAttr' && k !== 'selectors') return { error: `unknown key ${k}` };
  const { hostIdPattern, chatIdAttr, selectors } = raw;
  if (hostIdPattern !== undefined) {
    if (typeof hostIdPattern !== 'string' || hostIdPattern.length > MAX_REGEX_SOURCE) return { error: 'hostIdPattern: not a pattern' };
  }
  if (chatIdAttr !== undefined && (typeof chatIdAttr !== 'string' || chatIdAttr.length > MAX_CHAT_ID_ATTR)) return { error: 'chatIdAttr: not an attribute name' };
  if (selectors !== undefined) {
    if (!isObject(selectors)) return { error: 'selectors: not an object' };
    for (const [k, list] of Object.entries(selectors)) {
      if (!(SELECTOR_KEYS as readonly string[]).includes(k)) return { error: `selectors: unknown key ${k}` };
      if (list === undefined) continue;
      if (!Array.isArray(list) || list.length > MAX_SELECTORS) return { error: `selectors.${k}: not a list of at most ${MAX_SELECTORS}` };
      if (list.some((s) => typeof s !== 'string' || s.length < 1 || s.length > MAX_SELECTOR_LENGTH)) return { error: `selectors.${k}: not a selector` };
    }
  }
  return { override: raw as SiteOverride };
}

/** the selector parses (also protection's page style, entrypoints/live.content/features/protection/page-style.ts) */
export function validSelector(sel: string): boolean {
  try {
    // a throwaway fragment validates syntax without touching the page
    (globalThis.document ?? null)?.createDocumentFragment().querySelector(sel);
    return true;
  } catch {
    return false;
  }
}

/**
 * Apply a bundle override to a built-in descriptor. Returns the built-in unchanged (and the reason)
 * when the override does not validate, including selectors that do not parse and id patterns
 * longer than a bundle pattern may be; a pattern that does not compile matches nothing (run-regex.ts).
 */
export function applyOverride(base: SiteDescriptor, raw: unknown): { descriptor: SiteDescriptor; error?: string } {
  if (raw === undefined) return { descriptor: base };
  const checked = checkOverride(raw);
  if ('error' in checked) return { descriptor: base, error: `invalid override for ${base.id}: ${checked.error}` };
  return mergeOverride(base, checked.override);
}

/**
 * An override whose shape is already checked onto a descriptor: the content script's path (issue 13),
 * since the overrides in the getActiveRules answer passed SiteOverridesSchema in the background
 * (lib/sync/active-rules.ts), so checkOverride's shape checks are not bundled a second time. Left
 * here is what needs a document: every selector must parse, else the built-in is kept.
 */
export function mergeOverride(base: SiteDescriptor, o: SiteOverride | undefined): { descriptor: SiteDescriptor; error?: string } {
  if (!o) return { descriptor: base };
  for (const list of Object.values(o.selectors ?? {})) {
    const bad = list?.find((s) => !validSelector(s));
    if (bad) return { descriptor: base, error: `invalid selector for ${base.id}: ${bad}` };
  }
  return {
    descriptor: {
      ...base,
      hostIdPattern: o.hostIdPattern ?? base.hostIdPattern,
      chatIdAttr: o.chatIdAttr ?? base.chatIdAttr,
      selectors: { ...base.selectors, ...o.selectors } as SiteSelectors,
    },
  };
}
