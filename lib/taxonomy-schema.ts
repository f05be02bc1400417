/**
 * zod schemas of the taxonomy, built from its plain constants (lib/taxonomy.ts stays the one source).
 * Kept apart so the content script, which needs the constants but parses nothing, bundles no zod
 * (issue 13: content-script weight).
 */
import { z } from 'zod';
import { CATEGORIES, RULES, SEVERITIES, type RuleId } from './taxonomy';

export const CategorySchema = z.enum(CATEGORIES);
export const SeveritySchema = z.enum(SEVERITIES);
export const RuleIdSchema = z.enum(Object.keys(RULES) as [RuleId, ...RuleId[]]);
