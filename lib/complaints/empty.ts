/** Blank party and business fields of a new complaint; plain, so filing from the content script bundles no zod (issue 13). */
export const EMPTY_PARTY = { name: '', phone: '', address: '' };
export const EMPTY_BUSINESS = { name: '', address: '' };
