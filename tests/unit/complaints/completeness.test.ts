// R-COMPLAINT-18: the 12315 fields and the 3-year limit.
import { describe, expect, it } from 'vitest';
import { limitState, missingFields } from '@/lib/complaints/completeness';
import { makeComplaint } from './make-complaint';

describe('12315 completeness', () => {
  it('lists what a market-regulation complaint still needs', async () => {
    const { complaint } = await makeComplaint(crypto.randomUUID());
    expect(missingFields(complaint)).toEqual(['complainant.name', 'complainant.phone', 'complainant.address', 'business.address']);
    const full = { ...complaint, complainant: { name: '张三', phone: '13800000000', address: '北京' }, business: { name: '店', address: '杭州' } };
    expect(missingFields(full)).toEqual([]);
    expect(missingFields({ ...full, facts: '   ' })).toEqual(['facts']);
  });

  it('reminds of the 3-year limit', () => {
    const event = Date.UTC(2022, 0, 10);
    expect(limitState(event, Date.UTC(2023, 0, 1)).state).toBe('ok');
    expect(limitState(event, Date.UTC(2024, 11, 1)).state).toBe('soon');
    const late = limitState(event, Date.UTC(2025, 0, 11));
    expect(late.state).toBe('expired');
    expect(late.deadline.toISOString().slice(0, 10)).toBe('2025-01-10');
  });
});
