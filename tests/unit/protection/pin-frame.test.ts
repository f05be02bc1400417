// The PIN frame's URL hash is page-controllable input: it must round-trip and reject junk.
import { describe, expect, it } from 'vitest';
import { parsePinFrameHash, pinFrameHash } from '@/lib/protection/pin-frame';

describe('PIN frame context', () => {
  it('round-trips the gate context', () => {
    const c = { site: 'douyin' as const, roomId: '880088000', categories: ['minor_unsuitable' as const], contentKey: 'douyin:880088000', gate: 'content' as const };
    expect(parsePinFrameHash(pinFrameHash(c))).toEqual(c);
  });
  it('rejects malformed or unknown values', () => {
    expect(parsePinFrameHash('#%7Bnot json')).toBeNull();
    expect(parsePinFrameHash(pinFrameHash({ gate: 'everything' } as never))).toBeNull();
    expect(parsePinFrameHash('#' + encodeURIComponent(JSON.stringify({ gate: 'curfew', site: 'evil.example' })))).toBeNull();
    expect(parsePinFrameHash('')).toBeNull();
  });
});
