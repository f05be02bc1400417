// R-COMPLAINT-19: the list filters by status, platform, category and date.
import { describe, expect, it } from 'vitest';
import { applyFilter, NO_FILTER } from '@/lib/complaints/filter';
import { withStatus } from '@/lib/complaints/build';
import { makeComplaint } from './make-complaint';

describe('complaint filters', () => {
  it('combines status, platform, category and date range', async () => {
    const a = (await makeComplaint('00000000-0000-4000-8000-000000000001', { at: new Date('2025-03-10T12:00:00').getTime() })).complaint;
    const b0 = (await makeComplaint('00000000-0000-4000-8000-000000000002', {
      at: new Date('2025-04-01T09:00:00').getTime(),
      input: { subject: { category: 'counterfeit', severity: 'warning', ruleId: null, matchedText: '高仿', sourceText: '高仿', at: 0 }, page: { url: 'https://www.twitch.tv/x', site: 'twitch', roomId: 'x', roomTitle: null, hostName: null, hostId: null } },
    })).complaint;
    const b = withStatus(b0, 'resolved', b0.createdAt + 1);
    const all = [a, b];
    const ids = (f: Partial<typeof NO_FILTER>) => applyFilter(all, { ...NO_FILTER, ...f }).map((c) => c.id.slice(-1));
    expect(ids({})).toEqual(['1', '2']);
    expect(ids({ status: 'resolved' })).toEqual(['2']);
    expect(ids({ site: 'douyin' })).toEqual(['1']);
    expect(ids({ category: 'counterfeit' })).toEqual(['2']);
    expect(ids({ from: '2025-03-11' })).toEqual(['2']);
    expect(ids({ to: '2025-03-10' })).toEqual(['1']);
    expect(ids({ from: '2025-03-10', to: '2025-04-01', site: 'twitch' })).toEqual(['2']);
  });
});
