/**
 * The gate's PIN frame (entrypoints/protection-pin): its URL carries the gate context in the hash,
 * zod-checked on arrival because any page could frame it with made-up values (harmless: the PIN
 * is still needed, and a grant only ever covers the content key it names).
 */
import { z } from 'zod';
import { GateSchema } from './activity-log';
import { PageContextSchema } from './protocol';
import { PIN_FRAME_DONE, PIN_FRAME_PATH, pinFrameHash } from './pin-frame-link';

export { PIN_FRAME_DONE, PIN_FRAME_PATH, pinFrameHash };

const FrameContextSchema = PageContextSchema.extend({ gate: GateSchema });
export type FrameContext = z.infer<typeof FrameContextSchema>;

export function parsePinFrameHash(hash: string): FrameContext | null {
  try {
    const r = FrameContextSchema.safeParse(JSON.parse(decodeURIComponent(hash.replace(/^#/, ''))));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
