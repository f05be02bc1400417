/**
 * The wire shape of the rule forms (lib/detect/form-spec.ts) as the background hands them to the
 * content script with the rules (getActiveRules, issue 13: the forms' regex sources and cue lists
 * are data, so no page downloads them in the script). They come from the extension's own code
 * (lib/detect/built-in-data.ts), never from a synced bundle; the caps only bound a bad reply.
 */
import { z } from 'zod';
import { CategorySchema, RuleIdSchema, SeveritySchema } from '../taxonomy-schema';
import { FORM_CHECK_NAMES } from './form-check-names';

const RegexWireSchema = z.object({ source: z.string().min(1).max(4000), flags: z.string().regex(/^[gimsuy]*$/) }).strict();

export const FormWireSchema = z
  .object({
    id: z.string().min(1).max(60),
    why: z.string().max(300),
    cues: z.array(z.string().min(1).max(40)).max(200),
    re: RegexWireSchema,
    category: CategorySchema,
    severity: SeveritySchema,
    ruleId: RuleIdSchema,
    messageKey: z.string().min(1).max(60),
    drop: RegexWireSchema.optional(),
    check: z.enum(FORM_CHECK_NAMES).optional(),
    hitAs: z.string().min(1).max(60).optional(),
    yields: z.literal(true).optional(),
  })
  .strict();
export type FormWire = z.infer<typeof FormWireSchema>;
export type RegexWire = z.infer<typeof RegexWireSchema>;

/** every form the scanner runs; about 20 today */
export const FormsWireSchema = z.array(FormWireSchema).max(200);
