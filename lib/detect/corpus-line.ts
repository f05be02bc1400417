/**
 * One line of the real-world corpus (data/corpus/*.jsonl, issue 15), read by `npm run train`,
 * `npm run eval` and the corpus tests. One schema, so a malformed line fails loudly.
 */
import { z } from 'zod';
import { CategorySchema } from '../taxonomy-schema';
import { ObservationKindSchema } from '../model';

export const CorpusLineSchema = z
  .object({
    id: z.string(),
    src: z.string(),
    split: z.enum(['train', 'dev', 'test']),
    text: z.string().min(1),
    labels: z.array(CategorySchema),
    by: z.enum(['source', 'cue', 'reader']),
    hard: z.boolean().optional(),
    untaxed: z.boolean().optional(),
    ref: z.string().optional(),
    kind: ObservationKindSchema.optional(),
  })
  .strict();
export type CorpusLine = z.infer<typeof CorpusLineSchema>;
