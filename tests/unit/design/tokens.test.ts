// Issue 18 item 1: the design tokens are the one palette; every text/background pair they are meant
// for passes WCAG AA in both colour schemes (4.5:1 text, 3:1 focus ring and field border, WCAG
// 1.4.3 / 1.4.11), and the credit-level colours are the badge's own (lib/credit/levels.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BADGE_STYLES, CREDIT_LEVELS } from '@/lib/credit/levels';

const css = readFileSync(new URL('../../../components/design/tokens.css', import.meta.url), 'utf8');

function declarations(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of block.matchAll(/(--lg-[\w-]+)\s*:\s*([^;]+);/g)) out[m[1]!] = m[2]!.trim().replace(/\s+/g, ' ');
  return out;
}
const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
const light = declarations(css.slice(0, darkAt));
const dark = { ...light, ...declarations(css.slice(darkAt)) };

function luminance(hex: string): number {
  expect(hex, `${hex} is a #rrggbb colour`).toMatch(/^#[0-9a-f]{6}$/i);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const SURFACES = ['--lg-color-surface', '--lg-color-surface-raised', '--lg-color-surface-sunken', '--lg-color-page'];
const TEXT_ON_SURFACES = ['--lg-color-text', '--lg-color-muted', '--lg-color-accent', '--lg-color-danger', '--lg-color-success', '--lg-risk-safe-text', '--lg-risk-notice-text', '--lg-risk-warning-text', '--lg-risk-critical-text', '--lg-credit-none-fg'];
const SOLID_PAIRS: Array<[string, string]> = [
  ['--lg-color-accent-fg', '--lg-color-accent'],
  ['--lg-color-accent-fg', '--lg-color-accent-hover'],
  ['--lg-color-danger-fg', '--lg-color-danger'],
  ['--lg-color-danger-fg', '--lg-color-danger-hover'],
  ...(['safe', 'notice', 'warning', 'critical'] as const).map((t): [string, string] => ['--lg-risk-fg', `--lg-risk-${t}`]),
  ...CREDIT_LEVELS.map((l): [string, string] => ['--lg-credit-fg', `--lg-credit-${l}`]),
  ['--lg-credit-fg', '--lg-credit-blacklist'],
  // the overlay's findings toggle and badges (entrypoints/live.content/overlay.css)
  ['--lg-color-inverse-fg', '--lg-color-inverse'],
];
const SOFT_PAIRS: Array<[string, string]> = [
  ['--lg-color-text', '--lg-color-accent-soft'],
  ['--lg-color-text', '--lg-color-danger-soft'],
  ['--lg-color-text', '--lg-color-success-soft'],
  ['--lg-color-text', '--lg-color-highlight'],
  ...(['safe', 'notice', 'warning', 'critical'] as const).flatMap((t): Array<[string, string]> => [
    ['--lg-color-text', `--lg-risk-${t}-soft`],
    [`--lg-risk-${t}-text`, `--lg-risk-${t}-soft`],
  ]),
];

describe.each([
  ['light', light],
  ['dark', dark],
])('design tokens, %s scheme', (_name, v) => {
  const c = (a: string, b: string) => {
    expect(v[a], a).toBeDefined();
    expect(v[b], b).toBeDefined();
    return contrast(v[a]!, v[b]!);
  };
  it('text and coloured text on every surface pass AA (4.5:1)', () => {
    for (const s of SURFACES) for (const t of TEXT_ON_SURFACES) expect(c(t, s), `${t} on ${s}`).toBeGreaterThanOrEqual(4.5);
  });
  it('text on solid accent, danger, tier and credit colours passes AA', () => {
    for (const [fg, bg] of SOLID_PAIRS) expect(c(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });
  it('text on tinted backgrounds passes AA', () => {
    for (const [fg, bg] of SOFT_PAIRS) expect(c(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });
  it('the focus ring and field borders stand out from every surface (3:1)', () => {
    for (const s of SURFACES) {
      expect(c('--lg-color-focus', s), `focus on ${s}`).toBeGreaterThanOrEqual(3);
      expect(c('--lg-color-border-strong', s), `border on ${s}`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('design tokens, shared values', () => {
  it('the credit-level colours are the badge colours', () => {
    for (const l of CREDIT_LEVELS) expect(light[`--lg-credit-${l}`]!.toLowerCase()).toBe(BADGE_STYLES[`level${l}`].bg.toLowerCase());
  });
  it('the font stack puts the CJK fonts before the system UI font', () => {
    const stack = light['--lg-font-sans']!;
    const at = (f: string) => stack.indexOf(f);
    for (const f of ['"PingFang SC"', '"Microsoft YaHei"', '"Noto Sans CJK SC"', '"WenQuanYi Zen Hei"']) {
      expect(at(f), f).toBeGreaterThanOrEqual(0);
      expect(at(f), f).toBeLessThan(at('system-ui'));
    }
  });
  it('the dark scheme redefines every colour the light one has', () => {
    const colours = Object.keys(light).filter((k) => /^--lg-color-/.test(k));
    const darkBlock = declarations(css.slice(darkAt));
    for (const k of colours) expect(darkBlock[k], k).toBeDefined();
  });
  it('spacing, type, radius, shadow and focus scales exist', () => {
    for (const k of ['--lg-space-1', '--lg-space-7', '--lg-text-xs', '--lg-text-2xl', '--lg-radius-md', '--lg-shadow-md', '--lg-focus-ring', '--lg-focus-outline'])
      expect(light[k], k).toBeDefined();
  });
});

// The room's shadow root holds the overlay and the protection layer (gate, corner countdown); a fixed
// colour in either stays light when the viewer's scheme is dark (stop-28 leftover: the gate card was #fff).
describe('room styles use tokens only', () => {
  const files = ['../../../entrypoints/live.content/overlay.css', '../../../components/protection/layer.css'];
  it.each(files)('%s has no fixed colour', (f) => {
    const text = readFileSync(new URL(f, import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const fixed = text.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|:\s*(?:white|black)\b/gi) ?? [];
    expect(fixed, f).toEqual([]);
  });
});
