/**
 * The content side of the gate's PIN frame: where it lives, the message it posts when the PIN is
 * checked, and the hash that carries the gate context to it. No zod here (the content script
 * imports this, issue 13); the frame parses the hash with pin-frame.ts's schema.
 */
import type { FrameContext } from './pin-frame';

export const PIN_FRAME_PATH = '/protection-pin.html';
export const PIN_FRAME_DONE = 'protection-pin-checked';

export function pinFrameHash(c: FrameContext): string {
  return '#' + encodeURIComponent(JSON.stringify(c));
}
