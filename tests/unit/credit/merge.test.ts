// R-CREDIT-13/14: one answer from the server's record and the bundle's blacklist; the badge model.
import { describe, expect, it } from 'vitest';
import { mergeCredit, bundleBlacklisted } from '@/lib/credit/merge';
import { creditViewModel } from '@/lib/credit/view-model';
import { blacklistFinding } from '@/lib/credit/finding';
import { accountHash } from '@/lib/account-hash';
import type { CreditEntry } from '@/lib/api';
import type { BlacklistEntry } from '@/lib/bundle/blacklist';

const credit = { level: 2, complaints: 24, platformPenalties: 1, regulatorNotices: 0, updatedAt: '2026-11-01T00:00:00.000Z' };
const black = { reason: 'refund refusals', source: 'Market regulator', since: '2026-10-01' };
const mine = { total: 0, recent: [] };

describe('mergeCredit', async () => {
  const hash = await accountHash('douyin', 'acc-1');
  const other = await accountHash('douyin', 'acc-2');
  const entry = (over: Partial<CreditEntry>): CreditEntry => ({ site: 'douyin', hash, credit: null, blacklist: null, ...over });
  const lookup = (entries: CreditEntry[], stale = false) => ({ entries, fetchedAt: 1000, stale });

  it('a server record: level and counts; its blacklist comes from the server', () => {
    const m = mergeCredit({ site: 'douyin', hash, lookup: lookup([entry({ credit, blacklist: black })]), bundleBlacklist: [] });
    expect(m).toMatchObject({ status: 'found', credit, blacklist: { ...black, from: 'server' }, fetchedAt: 1000, stale: false });
    const vm = creditViewModel({ ...m, myComplaints: mine });
    expect(vm).toMatchObject({ state: 'level2', blacklisted: true, level: 2, recordUpdated: '2026-11-01' });
  });

  it('only the exact account matches: another hash, or the same hash on another site, is no record', () => {
    const m = mergeCredit({ site: 'douyin', hash, lookup: lookup([entry({ hash: other, credit }), entry({ site: 'twitch', credit })]), bundleBlacklist: [] });
    expect(m.status).toBe('none');
    expect(creditViewModel({ ...m, myComplaints: mine }).state).toBe('none');
  });

  it('the bundle blacklist (truncated hash) marks the host even when the server cannot be reached', () => {
    const b: BlacklistEntry = { site: 'douyin', hash: hash.slice(0, 16), ...black };
    expect(bundleBlacklisted([b], 'douyin', hash)).toEqual(b);
    expect(bundleBlacklisted([b], 'douyin', other)).toBeNull();
    const m = mergeCredit({ site: 'douyin', hash, lookup: null, bundleBlacklist: [b] });
    expect(m).toMatchObject({ status: 'found', credit: null, blacklist: { ...black, from: 'bundle' }, fetchedAt: null });
    expect(creditViewModel({ ...m, myComplaints: mine })).toMatchObject({ state: 'none', blacklisted: true });
  });

  it('no answer and nothing in the bundle: unavailable, which differs from no record', () => {
    const m = mergeCredit({ site: 'douyin', hash, lookup: null, bundleBlacklist: [] });
    expect(m.status).toBe('unavailable');
    expect(creditViewModel({ ...m, myComplaints: mine }).state).toBe('unavailable');
  });

  it('a stale (offline) answer is passed on as stale', () => {
    const m = mergeCredit({ site: 'douyin', hash, lookup: lookup([entry({ credit })], true), bundleBlacklist: [] });
    expect(m).toMatchObject({ status: 'found', stale: true });
  });
});

describe('blacklistFinding (R-CREDIT-14)', () => {
  it('is critical, cites R-CREDIT-14 and carries the reason, source and date', () => {
    const f = blacklistFinding({ ...black, from: 'server' }, '某主播');
    expect(f).toMatchObject({ severity: 'critical', ruleId: 'R-CREDIT-14', matched: { text: 'refund refusals' } });
    expect(f.source.text).toBe('某主播 · Market regulator · 2026-10-01');
  });
});
