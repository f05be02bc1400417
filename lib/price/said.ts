/**
 * Prices and price claims in text a host says or types (chat, title, card): "¥99", "99元",
 * "九十九元", "原价1999", "划线价¥399", "一分钟后恢复¥459", "下播就涨回原价", "最后3单". Pure; the
 * history checks (checks.ts) decide what a claim proves. Text detectors in lib/detect own the
 * plain pressure words; this file reads the numbers the checks need.
 */
import { NUMERAL_CHARS, parseChineseNumeral } from './numerals';

const NUM = `(?:\\d[\\d,]*(?:\\.\\d+)?(?:[万千])?|[${NUMERAL_CHARS}]+(?:点[${NUMERAL_CHARS}]+)?)`;
/** a price: currency sign before, or 元/块/rmb after (a bare number is a count, never a price) */
const PRICE = new RegExp(`[¥￥$]\\s*(${NUM})|(${NUM})\\s*(?:元|块钱?|rmb|RMB)`, 'g');
/** words that mark the following price as a claimed original / counter / tag price */
const ORIGINAL = /(原价|划线价|专柜价|吊牌价|市场价|日常价|门店价|官网价|\bwas\b|\bRRP\b|\bMSRP\b|\boriginal(?:ly)?\b|\bregular(?:ly)?\b)\s*[:：]?\s*(?:only\s*)?/i;

export interface SaidPrice {
  value: number;
  /** [start, end) in the text */
  span: readonly [number, number];
  /** said as a claimed original price */
  original: boolean;
}

function numberOf(raw: string): number | null {
  const s = raw.replace(/,/g, '');
  const m = s.match(/^(\d+(?:\.\d+)?)([万千])?$/);
  if (m) return Number(m[1]) * (m[2] === '万' ? 1e4 : m[2] === '千' ? 1e3 : 1);
  return parseChineseNumeral(s.replace('点', '.')) ?? (s.includes('点') ? decimalNumeral(s) : null);
}
function decimalNumeral(s: string): number | null {
  const [a, b] = s.split('点');
  const whole = parseChineseNumeral(a);
  if (whole === null || !b) return null;
  const frac = [...b].map((c) => parseChineseNumeral(c));
  if (frac.some((d) => d === null || d > 9)) return null;
  return Number(`${whole}.${frac.join('')}`);
}

/** Every price in the text, in order, each flagged when an original-price word comes right before it. */
export function saidPrices(text: string): SaidPrice[] {
  const out: SaidPrice[] = [];
  for (const m of text.slice(0, 2000).matchAll(PRICE)) {
    const raw = m[1] ?? m[2];
    const value = numberOf(raw);
    if (value === null || value <= 0 || value > 1e8) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const original = new RegExp(`${ORIGINAL.source}$`, 'i').test(before);
    out.push({ value, span: [m.index, m.index + m[0].length], original });
  }
  return out;
}

export interface BackUpClaim {
  /** the price it is said to return to, when said */
  price: number | null;
  /** ms after the claim, when a deadline is said ("一分钟后", "in 1 minute"); null = "after the stream" */
  deadlineMs: number | null;
}

const UNIT_MS: Record<string, number> = { 秒: 1000, 分钟: 60_000, 分: 60_000, 小时: 3_600_000, second: 1000, seconds: 1000, minute: 60_000, minutes: 60_000, min: 60_000, hour: 3_600_000, hours: 3_600_000 };
const BACK_UP_ZH = new RegExp(`(?:([\\d${NUMERAL_CHARS}]+|半)\\s*(秒|分钟|分|小时)(?:后|之后|以后)|下播(?:后|之后|以后|就)?|直播结束(?:后|就)?)[^。！!？?\\n]{0,12}?(?:恢复|涨回|回到|变回|涨价|恢复原价|回原价)`);
const BACK_UP_EN = /(?:back\s+(?:up\s+)?to|returns?\s+to|goes\s+(?:back\s+)?up(?:\s+to)?)[^.!?\n]{0,30}?(?:in\s+(?:(\d+|one|a|an|two|five|ten)\s+(seconds?|minutes?|min|hours?))|after\s+(?:the\s+)?(?:stream|live))/i;
const EN_NUM: Record<string, number> = { one: 1, a: 1, an: 1, two: 2, five: 5, ten: 10 };

/** "一分钟后恢复¥459" / "下播恢复原价" / "back to $459 in one minute": the claim, or null. */
export function backUpClaim(text: string): BackUpClaim | null {
  const zh = text.match(BACK_UP_ZH);
  if (zh) {
    const n = zh[1] === '半' ? 0.5 : zh[1] ? (numberOf(zh[1]) ?? null) : null;
    const deadlineMs = zh[2] && n !== null ? n * UNIT_MS[zh[2]] : null;
    const after = saidPrices(text.slice(zh.index!)).find((p) => !p.original) ?? saidPrices(text.slice(zh.index!))[0];
    return { price: after?.value ?? null, deadlineMs };
  }
  const en = text.match(BACK_UP_EN);
  if (en) {
    const n = en[1] ? (EN_NUM[en[1].toLowerCase()] ?? Number(en[1])) : null;
    const deadlineMs = n !== null && en[2] ? n * UNIT_MS[en[2].toLowerCase()] : null;
    const p = saidPrices(en[0])[0];
    return { price: p?.value ?? null, deadlineMs };
  }
  return null;
}

const SCARCITY = new RegExp(`(最后|仅剩|只剩|还剩|库存仅?剩?)\\s*([\\d${NUMERAL_CHARS}]+)\\s*(单|件|份|个|套|瓶|盒|台)|(倒计时|最后)\\s*([\\d${NUMERAL_CHARS}]+)\\s*(秒|分钟)|\\b(?:only|last)\\s+(\\d+)\\s+(?:left|units?|pieces?|items?)\\b`, 'i');

/** A countdown or "last N units" claim, normalised ("最后3单" and "最后三单" are the same claim). */
export function scarcityClaim(text: string): { key: string; quote: string } | null {
  const m = text.match(SCARCITY);
  if (!m) return null;
  const n = m[2] ?? m[5] ?? m[7];
  const unit = m[3] ?? m[6] ?? 'units';
  const value = numberOf(n) ?? n;
  return { key: `${m[4] ? 'countdown' : 'units'}:${value}:${unit}`, quote: m[0] };
}
