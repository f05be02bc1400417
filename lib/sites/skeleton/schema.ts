/**
 * The "this page broke" skeleton (issue 17): the shape of a room page with nothing of its content.
 * Element tags, class names, data-* attribute NAMES, ids, structure and counts only; no text, no
 * attribute values, no links, no images, no user ids (ids and class tokens that carry numbers are
 * dropped). Shared by the content script (build.ts), the popup (save) and `npm run site:fixture`.
 */
import { z } from 'zod';
import { SiteIdSchema } from '../../model';
import { SKELETON_VERSION } from './version';

/** what the finder or the selectors took a node for (so a fixture and a draft override can be made) */
export const SkeletonRoleSchema = z.enum(['chat-list', 'chat-row', 'chat-author', 'chat-text', 'title', 'host', 'product']);
export type SkeletonRole = z.infer<typeof SkeletonRoleSchema>;

const Token = z.string().regex(/^[A-Za-z_-][A-Za-z0-9_-]{0,63}$/);

export interface SkeletonNode {
  tag: string;
  id?: string;
  classes?: string[];
  /** names of data-* attributes (never their values) */
  data?: string[];
  /** the element had text of its own (its length and words are not kept) */
  text?: true;
  role?: SkeletonRole;
  /** this node stands for `repeat` identical siblings in a row */
  repeat?: number;
  children?: SkeletonNode[];
}
export const SkeletonNodeSchema: z.ZodType<SkeletonNode> = z.lazy(() =>
  z
    .object({
      tag: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/),
      id: Token.optional(),
      classes: z.array(Token).max(40).optional(),
      data: z.array(z.string().regex(/^data-[a-z0-9_.-]{1,60}$/)).max(40).optional(),
      text: z.literal(true).optional(),
      role: SkeletonRoleSchema.optional(),
      repeat: z.number().int().min(2).optional(),
      children: z.array(SkeletonNodeSchema).max(2000).optional(),
    })
    .strict(),
);

export { SKELETON_VERSION };
export const SkeletonSchema = z
  .object({
    liveguardSkeleton: z.literal(SKELETON_VERSION),
    site: SiteIdSchema,
    /** the day only: when the page looked like this */
    capturedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** elements seen and elements kept (repeated siblings are folded, deep or huge pages cut) */
    counts: z.object({ elements: z.number().int().nonnegative(), kept: z.number().int().nonnegative() }).strict(),
    root: SkeletonNodeSchema,
  })
  .strict();
export type Skeleton = z.infer<typeof SkeletonSchema>;
