/** Counter and price strings as sites print them ("1.2万", "3,247", "12.5K", "¥99", "原价¥1,999"). */

const UNIT: Record<string, number> = { 万: 1e4, w: 1e4, W: 1e4, 亿: 1e8, k: 1e3, K: 1e3, m: 1e6, M: 1e6, b: 1e9, B: 1e9 };

export function parseCount(text: string | null | undefined): number | null {
  if (!text) return null;
  // thousands separators go; a Latin unit letter counts only when no other letter follows it, so
  // "1,234 watching now" is 1234, not 1234 × 万 (the w of "watching")
  const m = text
    .replace(/(?<=\d)[\s,，](?=\d{3}(?!\d))/g, '')
    .match(/(\d+(?:\.\d+)?)\s*(?:([万亿])|([wWkKmMbB])(?![A-Za-z]))?/);
  if (!m) return null;
  const unit = m[2] ?? m[3];
  const n = Number(m[1]) * (unit ? UNIT[unit] : 1);
  return Number.isFinite(n) ? Math.round(n) : null;
}

/** All prices in a text, in order (currency sign required so "30ml" or "3天" are not prices). */
export function parsePrices(text: string | null | undefined): number[] {
  if (!text) return [];
  const out: number[] = [];
  for (const m of text.matchAll(/[¥￥$]\s*(\d[\d,]*(?:\.\d+)?)/g)) {
    const n = Number(m[1].replace(/,/g, ''));
    if (Number.isFinite(n)) out.push(n);
  }
  return out;
}

export function parsePrice(text: string | null | undefined): number | null {
  return parsePrices(text)[0] ?? null;
}
