/**
 * Vocabulary section of the rule bundle (R-SYNC-22): terms per category, matched by the scanner
 * over normalised text. Owned by the detection engine (lib/detect).
 */
import { z } from 'zod';
import { CategorySchema, RuleIdSchema, SeveritySchema } from '../taxonomy-schema';

export const TermGroupSchema = z
  .object({
    /** stable id, used by deltas and by evaluation reports */
    id: z.string().regex(/^[a-z0-9_.-]{1,64}$/),
    category: CategorySchema,
    severity: SeveritySchema,
    ruleId: RuleIdSchema,
    messageKey: z.string().regex(/^[a-zA-Z0-9_]{1,64}$/),
    lang: z.enum(['zh', 'en', 'any']),
    terms: z.array(z.string().min(1).max(64)).max(50_000),
    /** observation kinds the group applies to (default: all). Absolute terms in viewers' chat are
     * everyday speech ("最好看"), in a title or product card they are advertising (R-RISK-4). */
    kinds: z.array(z.enum(['chat', 'title', 'product', 'caption', 'notice', 'host'])).optional(),
    /** phrases that make a hit of this group benign when they contain it (R-OFF-8: "微信支付") */
    unless: z.array(z.string().min(1).max(64)).max(1000).optional(),
    /** explicit talk, harmful whether or not anything is offered: raised in a long chat comment too, where a good
     * of a needs-offer category (context.ts needsOffer) that is only discussed is not (isDiscussion) */
    talk: z.literal(true).optional(),
  })
  .strict();
export type TermGroup = z.infer<typeof TermGroupSchema>;

export const VocabularySchema = z.array(TermGroupSchema).max(500);
export type Vocabulary = z.infer<typeof VocabularySchema>;
