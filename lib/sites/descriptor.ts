/**
 * A site's DOM knowledge as data (design.md "site support is data"): selector lists, first match
 * wins, stable hooks (data-e2e, data-a-target, ids, custom tags) before hashed classes (sites.md).
 * The rule bundle may override any selector list per site (bundle.sites[siteId]); an invalid
 * override is ignored and the built-in kept, so a bad bundle can never blind the extension.
 */
import { z } from 'zod';
import { SiteIdSchema } from '../model';
import { BundleRegexSchema } from '../bundle/safe-regex';

const Selectors = z.array(z.string().min(1).max(300)).max(20);

export const SiteSelectorsSchema = z
  .object({
    chatContainer: Selectors,
    chatRow: Selectors,
    chatAuthor: Selectors,
    chatText: Selectors,
    /** rows that are the platform's own notices (kept out of chat scanning as benign context) */
    systemNotice: Selectors,
    title: Selectors,
    hostName: Selectors,
    /** a link whose href carries the host's account id (see hostIdPattern) */
    hostLink: Selectors,
    viewers: Selectors,
    likes: Selectors,
    productCard: Selectors,
    productTitle: Selectors,
    productPrice: Selectors,
    productOriginalPrice: Selectors,
    /** tip / gift / recharge buttons and gift leaderboards (protection mode hides them, R-MINOR-10) */
    tipButtons: Selectors,
    giftLeaderboards: Selectors,
    buyButtons: Selectors,
    /** marks a virtual / AI host where the site shows one (R-RISK-5) */
    virtualHost: Selectors,
  })
  .strict();
export type SiteSelectors = z.infer<typeof SiteSelectorsSchema>;
export type SelectorKey = keyof SiteSelectors;

export const SiteDescriptorSchema = z
  .object({
    id: SiteIdSchema,
    hosts: z.array(z.string()).min(1),
    /** regex source with one group: the account id inside the host link's href (checked: lib/bundle/safe-regex) */
    hostIdPattern: BundleRegexSchema,
    /** attribute on a chat row holding a stable message id, if the site has one */
    chatIdAttr: z.string().max(50).optional(),
    selectors: SiteSelectorsSchema,
  })
  .strict();
export type SiteDescriptor = z.infer<typeof SiteDescriptorSchema>;

/** What a bundle may override: any subset of selector lists, and the id pattern. */
export const SiteOverrideSchema = z
  .object({
    hostIdPattern: BundleRegexSchema.optional(),
    chatIdAttr: z.string().max(50).optional(),
    selectors: SiteSelectorsSchema.partial().optional(),
  })
  .strict();
export type SiteOverride = z.infer<typeof SiteOverrideSchema>;

function validSelector(sel: string): boolean {
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
 * when the override does not validate, including selectors that do not parse and id patterns that
 * are not valid or not provably linear-ish regular expressions (SiteOverrideSchema, R-SYNC-22).
 */
export function applyOverride(base: SiteDescriptor, raw: unknown): { descriptor: SiteDescriptor; error?: string } {
  if (raw === undefined) return { descriptor: base };
  const parsed = SiteOverrideSchema.safeParse(raw);
  if (!parsed.success) return { descriptor: base, error: `invalid override for ${base.id}: ${parsed.error.issues[0]?.message}` };
  const o = parsed.data;
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
