/**
 * The price history's store and the background's handler over a real Dexie on fake-indexeddb (the
 * browser's IndexedDB is exercised by the e2e): observations in, findings and chart out, bounded
 * storage, and complaint evidence that carries the product's history and verifies.
 */
import { describe, expect, it } from 'vitest';
import { freshDb } from '../complaints/db-helpers';
import { addPoints, pointsOf, prunePoints } from '@/lib/db/price-points';
import { createPriceHistory } from '@/lib/price-history/background';
import { productHistory } from '@/lib/complaints/price-evidence';
import { buildEvidence } from '@/lib/complaints/build';
import { verifyEvidence } from '@/lib/complaints/hashing';
import { EvidenceSchema } from '@/lib/complaints/schema';
import { exportZip } from '@/lib/complaints/export-zip';
import { importZip } from '@/lib/complaints/import-zip';
import { newComplaint } from '@/lib/complaints/build';
import { KEEP_MS, MAX_POINTS_PER_PRODUCT } from '@/lib/price/bounds';
import type { PriceSeen } from '@/lib/price/schema';

const card = (price: number, original: number | null = null): NonNullable<PriceSeen['card']> => ({ title: '面霜 50ml', productId: null, price, original, text: `面霜 50ml ¥${price}` });

describe('price history store', () => {
  it('records a card, and days later flags 原价¥1999 with the ¥89 seen and its date', async () => {
    const db = freshDb();
    let now = Date.parse('2026-12-01T12:00:00+08:00');
    const h = createPriceHistory(() => db, { now: () => now, timeZone: () => 'Asia/Shanghai' });
    expect((await h.seen({ site: 'douyin', roomId: 'r1', card: card(89), said: null })).findings).toEqual([]);
    await h.flush();
    h.forget(); // a restarted worker reads the history back from IndexedDB
    now = Date.parse('2026-12-04T20:00:00+08:00');
    const r = await h.seen({ site: 'douyin', roomId: 'r2', card: card(99, 1999), said: null });
    expect(r.findings.map((f) => f.messageKey)).toEqual(['priceFakeOriginal']);
    expect(r.findings[0].matched.text).toContain('¥89 2026-12-01 12:00');
    expect(r.chart.map((p) => p.price)).toEqual([89, 99]);
    await h.flush();
    expect(await db.pricePoints.count()).toBe(2);
  });

  it('asks for the card again only while a timed "back up" claim is pending', async () => {
    const db = freshDb();
    let now = Date.parse('2026-12-04T20:00:00+08:00');
    const h = createPriceHistory(() => db, { now: () => now, timeZone: () => 'Asia/Shanghai' });
    expect((await h.seen({ site: 'douyin', roomId: 'r1', card: card(399), said: null })).watch).toBe(false);
    expect((await h.seen({ site: 'douyin', roomId: 'r1', card: card(399), said: { source: 'chat', text: '一分钟后恢复¥459' } })).watch).toBe(true);
    now += 70_000;
    const due = await h.seen({ site: 'douyin', roomId: 'r1', card: card(399), said: null });
    expect(due.findings.map((f) => f.messageKey)).toEqual(['priceBackUpFalse']);
    now += 120_000;
    expect((await h.seen({ site: 'douyin', roomId: 'r1', card: card(399), said: null })).watch).toBe(false);
    // "after the stream" is checked when the product is next seen, not by polling
    expect((await h.seen({ site: 'douyin', roomId: 'r1', card: card(399), said: { source: 'chat', text: '下播就恢复原价' } })).watch).toBe(false);
  });

  it('prunes past 90 days and beyond the per-product cap, oldest first', async () => {
    const db = freshDb();
    const now = Date.parse('2026-12-04T00:00:00Z');
    const base = { key: 'k', titleKey: 'k', site: 'douyin' as const, roomId: 'r', source: 'card' as const, original: null };
    await addPoints(db, [{ ...base, at: now - KEEP_MS - 1, price: 1 }]);
    await addPoints(db, Array.from({ length: MAX_POINTS_PER_PRODUCT + 5 }, (_, i) => ({ ...base, at: now - 1000 + i, price: 2 + i })));
    expect(await prunePoints(db, now, 'k')).toBe(6);
    const left = await pointsOf(db, 'k');
    expect(left).toHaveLength(MAX_POINTS_PER_PRODUCT);
    expect(left[0].price).toBe(7);
  });

  it('a complaint about the product carries its history, sealed and verifiable', async () => {
    const db = freshDb();
    const now = Date.parse('2026-12-04T20:00:00+08:00');
    const h = createPriceHistory(() => db, { now: () => now, timeZone: () => 'UTC' });
    await h.seen({ site: 'douyin', roomId: 'r1', card: card(99, 1999), said: null });
    await h.flush();
    const product = { title: '面霜 50ml', price: 99, originalPrice: 1999, text: '' };
    const history = await productHistory(db, 'douyin', product);
    expect(history).toEqual([{ at: now, roomId: 'r1', source: 'card', price: 99, original: 1999 }]);
    const page = { url: 'https://live.douyin.com/1', site: 'douyin' as const, roomId: '1', roomTitle: null, hostName: null, hostId: null };
    const e = EvidenceSchema.parse(await buildEvidence({ page, product, chat: [], findings: [] }, now, null, 'no_permission', history));
    expect(e.priceHistory).toHaveLength(1);
    expect(await verifyEvidence(e)).toEqual([]);
    expect(await verifyEvidence({ ...e, priceHistory: [{ ...e.priceHistory![0], price: 9 }] })).toEqual(['priceHistory', 'record']);

    // exported with the complaint, and back through import with the hashes checked
    const subject = { category: 'price_fraud' as const, severity: null, ruleId: null, matchedText: '', sourceText: '', at: now };
    const c = newComplaint(crypto.randomUUID(), { subject, facts: '', request: '', page, product, chat: [], findings: [], share: false }, e, now);
    const file = await exportZip([c], new Map(), 'zh-CN', now);
    const other = freshDb('other');
    expect(await importZip(other, file)).toEqual({ added: 1, skipped: 0 });
    expect((await other.complaints.get(c.id))?.evidence.priceHistory).toEqual(history);
  });
});
