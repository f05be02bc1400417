/**
 * Scorer section of the rule bundle (issue 15): the trained model's weights travel in the signed
 * bundle like the vocabulary, so a better model ships without a release; the built-in default
 * (lib/detect/default-model.ts) is used when a bundle has none. Owned by lib/detect (scorer.ts).
 */
import { z } from 'zod';
import { CategorySchema } from '../taxonomy-schema';

/** 2^bits buckets × heads int8 weights must stay within the 1 MB model budget */
export const MAX_MODEL_BYTES = 1 << 20;

export const ScorerModelJsonSchema = z
  .object({
    bits: z.number().int().min(8).max(20),
    heads: z.array(z.union([z.literal('any'), CategorySchema])).min(1).max(10),
    /** int8 weights, bucket-major, base64 */
    weights: z.string().max(Math.ceil(MAX_MODEL_BYTES / 3) * 4 + 4),
    scale: z.array(z.number().finite()),
    bias: z.array(z.number().finite()),
    threshold: z.array(z.number().min(0).max(1)),
    /** what it was trained on (corpus sources, commit), for reports */
    trainedOn: z.string().max(500).optional(),
  })
  .strict()
  .refine((m) => m.heads[0] === 'any', { message: 'head 0 must be the gate ("any")' })
  .refine((m) => m.scale.length === m.heads.length && m.bias.length === m.heads.length && m.threshold.length === m.heads.length, { message: 'scale, bias and threshold need one value per head' })
  .refine((m) => (1 << m.bits) * m.heads.length <= MAX_MODEL_BYTES, { message: 'model larger than 1 MB' });
export type ScorerModelJson = z.infer<typeof ScorerModelJsonSchema>;
