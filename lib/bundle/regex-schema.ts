/** The zod side of safe-regex.ts, apart so the content script that runs checked patterns bundles no zod (issue 13). */
import { z } from 'zod';
import { MAX_REGEX_SOURCE, unsafeRegexReason } from './safe-regex';

/**
 * The one schema for a regex source inside a bundle. Its `regex` metadata lets the bundle-safety
 * test find every such field from the schemas themselves.
 */
export const BundleRegexSchema = z
  .string()
  .max(MAX_REGEX_SOURCE)
  .superRefine((src, ctx) => {
    const why = unsafeRegexReason(src);
    if (why) ctx.addIssue({ code: 'custom', message: `unsafe regex: ${why}` });
  })
  .meta({ regex: true });
