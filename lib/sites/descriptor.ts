/**
 * A site as data (design.md "site support is data", issue 17): hosts and match patterns, the room
 * rule, the platform's own domains, selector lists (first match wins, stable hooks before hashed
 * classes, sites.md) and quirks. One descriptor per site in lib/sites/descriptors/; the manifest's
 * matches, the site-id enum, the platform-domain list and the room key are derived from them.
 * The rule bundle may override any selector list per site (bundle.sites[siteId]); an invalid
 * override is ignored and the built-in kept, so a bad bundle can never blind the extension
 * (override.ts applies it, without zod: the content script does that on every room).
 */
import { z } from 'zod';
import { BundleRegexSchema } from '../bundle/regex-schema';
import type { SiteId } from '../model';
import { applyOverride, MAX_CHAT_ID_ATTR, MAX_SELECTOR_LENGTH, MAX_SELECTORS } from './override';

const Selectors = z.array(z.string().min(1).max(MAX_SELECTOR_LENGTH)).max(MAX_SELECTORS);

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
    /**
     * Who really sells (R-INFO-24, 2026 Supervision Measures: disclose who sells): the shop or
     * business the room itself names, a link to its shop page, a link to its business information /
     * licence page, and the shop a product card names. Empty where the site shows none.
     */
    sellerName: Selectors,
    sellerLink: Selectors,
    sellerLicence: Selectors,
    productShop: Selectors,
    /** tip / gift / recharge buttons and gift leaderboards (protection mode hides them, R-MINOR-10) */
    tipButtons: Selectors,
    giftLeaderboards: Selectors,
    buyButtons: Selectors,
    /** marks a virtual / AI host where the site shows one (R-RISK-5) */
    virtualHost: Selectors,
    /** the video player's box: the overlay keeps pop-ups off its centre (issue 18); else the largest <video> */
    video: Selectors.optional(),
  })
  .strict();
export type SiteSelectors = z.infer<typeof SiteSelectorsSchema>;
export type SelectorKey = keyof SiteSelectors;

/**
 * Where the room id is in a URL: a path regex (group 1) or a query parameter, on one host or any
 * of the site's hosts; ids in `exclude` are site pages, not rooms (twitch.tv/directory).
 */
export const RoomRuleSchema = z
  .object({
    host: z.string().optional(),
    path: z.string().max(200).optional(),
    param: z.string().max(50).optional(),
    lowercase: z.boolean().optional(),
    exclude: z.array(z.string()).optional(),
  })
  .strict()
  .refine((r) => !!r.path !== !!r.param, 'a room rule has a path or a param, not both');
export type RoomRule = z.infer<typeof RoomRuleSchema>;

export const SiteQuirksSchema = z
  .object({
    /** path prefix of frames that only carry the chat (YouTube's live_chat iframe, sites.md §7) */
    chatFrame: z.string().optional(),
    /** the host's account id from the URL: 'room' (the room id is the login) or a path regex with one group */
    hostIdFromUrl: z.string().optional(),
  })
  .strict();

export const SiteDescriptorSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9]*$/),
    /** the hosts it runs on; the content-script match patterns (manifest matches, host permissions) are https://<host>/* of each (descriptors/index.ts) */
    hosts: z.array(z.string().regex(/^[a-z0-9.-]+$/)).min(1),
    rooms: z.array(RoomRuleSchema).min(1),
    /** the platform's own domains: links there are not off-platform (R-OFF-7) */
    platformDomains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]+$/)).min(1),
    /** the language the room's own text is mostly in (placeholder text of generated fixtures) */
    language: z.enum(['zh', 'en']),
    quirks: SiteQuirksSchema,
    /** regex source with one group: the account id inside the host link's href (checked: lib/bundle/safe-regex) */
    hostIdPattern: BundleRegexSchema,
    /** attribute on a chat row holding a stable message id, if the site has one */
    chatIdAttr: z.string().max(50).optional(),
    selectors: SiteSelectorsSchema,
  })
  .strict();
/** what a descriptor file declares (its id a plain string, so the site-id enum can be derived from it) */
export type SiteDescriptorData = z.input<typeof SiteDescriptorSchema>;
export type SiteDescriptor = z.infer<typeof SiteDescriptorSchema> & { id: SiteId };

/**
 * A descriptor in two parts (issue 13): its address (where the site is, which URLs are rooms: what
 * the content script needs before it asks the background for anything, bundled in
 * descriptors/address/*.ts) and its reading (how to read a room's page: selectors, the host-id
 * pattern, the chat id attribute), which the background hands over with the rules (getActiveRules),
 * so a page never loads every site's selectors. A bundle's override changes only the reading.
 */
export const SiteAddressSchema = SiteDescriptorSchema.pick({ id: true, hosts: true, rooms: true, platformDomains: true, language: true, quirks: true });
export type SiteAddressData = z.input<typeof SiteAddressSchema>;
export type SiteAddress = z.infer<typeof SiteAddressSchema> & { id: SiteId };
export const SiteReadingSchema = SiteDescriptorSchema.pick({ hostIdPattern: true, chatIdAttr: true, selectors: true });
export type SiteReading = z.infer<typeof SiteReadingSchema>;

/** What a bundle may override: any subset of selector lists, and the id pattern. */
export const SiteOverrideSchema = z
  .object({
    hostIdPattern: BundleRegexSchema.optional(),
    chatIdAttr: z.string().max(MAX_CHAT_ID_ATTR).optional(),
    selectors: SiteSelectorsSchema.partial().optional(),
  })
  .strict();
export type SiteOverride = z.infer<typeof SiteOverrideSchema>;

export { applyOverride };
