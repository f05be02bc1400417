/** The skeleton format's version (schema.ts checks it); plain, so the content script that builds skeletons bundles no zod (issue 13). */
export const SKELETON_VERSION = 1;
