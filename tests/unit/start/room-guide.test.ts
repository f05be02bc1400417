// The terminal lines of the demo's first minute (scripts/lib/room-guide.ts).
import { describe, expect, it } from 'vitest';
import { newTiers, nextSteps, tierLine, type Shown, type Tier } from '../../../scripts/lib/room-guide';

const s = (severity: string, category: string, kind: string): Shown => ({ severity, category, kind, text: '' });

describe('newTiers', () => {
  it('announces each tier once, in tier order, preferring what the overlay shows to a page mark', () => {
    const announced = new Set<Tier>();
    expect(newTiers([s('notice', 'price_fraud', 'mark')], announced)).toEqual([{ tier: 'notice', first: s('notice', 'price_fraud', 'mark') }]);
    announced.add('notice');
    const shown = [s('critical', 'prohibited_goods', 'mark'), s('notice', 'false_claim', 'panel'), s('warning', 'off_platform', 'mark'), s('critical', 'prohibited_goods', 'interstitial')];
    expect(newTiers(shown, announced).map((n) => [n.tier, n.first.kind])).toEqual([['warning', 'mark'], ['critical', 'interstitial']]);
    expect(newTiers(shown, new Set<Tier>(['notice', 'warning', 'critical']))).toEqual([]);
  });
});

describe('tierLine / nextSteps', () => {
  it('says what appeared and what to try', () => {
    expect(tierLine('warning', s('warning', 'off_platform', 'popup'))).toMatch(/pop-up: off-platform.*投诉/);
    expect(tierLine('critical', s('critical', 'prohibited_goods', 'interstitial'))).toMatch(/covered.*继续观看/);
    expect(tierLine('notice', s('notice', 'unknown_kind', 'mark'))).toContain('unknown_kind');
  });
  it('names the popup, the complaints page and guardian mode, with the extension pages', () => {
    const lines = nextSteps('abcdef').join('\n');
    expect(lines).toContain('popup');
    expect(lines).toContain('chrome-extension://abcdef/complaints.html');
    expect(lines).toContain('chrome-extension://abcdef/options.html');
    expect(lines).toContain('guardian mode');
  });
});
