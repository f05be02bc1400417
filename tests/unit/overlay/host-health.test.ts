import { describe, expect, it } from 'vitest';
import { hostProblems, type HostSnapshot } from '@/lib/overlay/host-health';

const ok: HostSnapshot = {
  connected: true,
  attributes: ['style'],
  styleIntact: true,
  computed: { display: 'block', visibility: 'visible', opacity: '1', contentVisibility: 'visible', filter: 'none', transform: 'none', clipPath: 'none' },
  covered: false,
  inertAncestor: false,
};

describe('host health (issue 14)', () => {
  it('a host as we left it has no problem', () => expect(hostProblems(ok)).toEqual([]));
  it('a removed host is only "removed"', () => expect(hostProblems({ ...ok, connected: false, covered: true })).toEqual(['removed']));
  it('every way of hiding it is seen', () => {
    expect(hostProblems({ ...ok, attributes: ['style', 'hidden'] })).toEqual(['attributes']);
    expect(hostProblems({ ...ok, styleIntact: false })).toEqual(['style']);
    for (const c of [{ display: 'none' }, { visibility: 'hidden' }, { opacity: '0.2' }, { contentVisibility: 'hidden' }, { filter: 'opacity(0)' }, { transform: 'scale(0)' }, { clipPath: 'inset(50%)' }])
      expect(hostProblems({ ...ok, computed: { ...ok.computed, ...c } }), JSON.stringify(c)).toEqual(['hidden']);
    expect(hostProblems({ ...ok, covered: true })).toEqual(['covered']);
    expect(hostProblems({ ...ok, inertAncestor: true })).toEqual(['inert']);
  });
});
