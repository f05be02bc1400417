// Issue 17: the site registry is checked, not hoped for (refined-github's features test). Every
// site descriptor must validate, be served by an adapter, have a fixture room, a redesigned
// fixture, URL cases of both kinds (room / not a room), and a test that reads its real capture in
// ../shared/data/dom where one exists; and what is derived from the descriptors (site ids,
// match patterns, platform domains, room key) must agree with them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_IDS, LIVE_SITE_MATCHES, PLATFORM_DOMAINS } from '@/lib/sites/descriptors';
import { SITE_DESCRIPTORS } from '@/lib/sites/descriptors/all';
import { SiteDescriptorSchema } from '@/lib/sites/descriptor';
import { ADAPTERS, adapterForUrl } from '@/lib/sites/registry';
import { roomKeyOf } from '@/lib/sites/room-rule';
import { SiteIdSchema } from '@/lib/model';
import { SITE_ROOMS } from '../../e2e/site-rooms';
import { URL_CASES } from '../../fixtures/sites/url-cases';
import { fixturePath } from '../../fixture-path';

const FIXTURES = resolve('tests/fixtures/sites');
const CAPTURES = resolve('../shared/data/dom');
/** the tests that read real captures */
const CAPTURE_TESTS = ['tests/dom/chat-finder.test.ts', 'tests/dom/site-extraction.test.ts', 'tests/dom/douyin-chat-row.test.ts'].map((f) => readFileSync(resolve(f), 'utf8')).join('\n');

describe('derived from the descriptors', () => {
  it('the site-id enum is exactly the descriptors\' ids, in order', () => {
    expect([...SITE_IDS]).toEqual(SITE_DESCRIPTORS.map((d) => d.id));
    expect(SiteIdSchema.options).toEqual([...SITE_IDS]);
  });
  it('the manifest\'s match patterns are the descriptors\' and cover every host', () => {
    expect([...LIVE_SITE_MATCHES]).toEqual(SITE_DESCRIPTORS.flatMap((d) => d.hosts.map((h) => `https://${h}/*`)));
    for (const d of SITE_DESCRIPTORS) for (const h of d.hosts) expect(LIVE_SITE_MATCHES, h).toContain(`https://${h}/*`);
    // the manifest takes them from lib/sites/match-patterns (one source)
    expect(readFileSync(resolve('wxt.config.ts'), 'utf8')).toMatch(/LIVE_SITE_MATCHES/);
  });
  it('every host is on one of its own platform domains (so its own links are never off-platform)', () => {
    for (const d of SITE_DESCRIPTORS) for (const h of d.hosts) expect(d.platformDomains.some((p) => h === p || h.endsWith(`.${p}`)), h).toBe(true);
    expect(PLATFORM_DOMAINS).toEqual(expect.arrayContaining(SITE_DESCRIPTORS.flatMap((d) => d.platformDomains)));
  });
});

for (const d of SITE_DESCRIPTORS) {
  describe(`site ${d.id}`, () => {
    it('validates against the descriptor schema and is served by an adapter', () => {
      expect(() => SiteDescriptorSchema.parse(d)).not.toThrow();
      expect(ADAPTERS.filter((a) => a.descriptor.id === d.id)).toHaveLength(1);
    });

    it('has a fixture room whose pages exist', () => {
      const room = SITE_ROOMS.find((r) => r.site === d.id);
      expect(room, `tests/e2e/site-rooms.ts has no room for ${d.id}`).toBeDefined();
      for (const file of Object.values(room!.pages)) expect(existsSync(fixturePath(`sites/${file}`)), file).toBe(true);
      expect(d.hosts).toContain(new URL(room!.url).hostname);
    });

    it('has a redesigned fixture for every page of its room', () => {
      const room = SITE_ROOMS.find((r) => r.site === d.id)!;
      for (const file of Object.values(room.pages)) expect(existsSync(resolve(FIXTURES, 'redesigned', file)), `redesigned/${file} (npx tsx scripts/redesign-fixtures.ts)`).toBe(true);
    });

    it('has URL cases: rooms with their ids and pages that are not rooms', () => {
      const cases = URL_CASES[d.id];
      expect(cases?.room.length, 'room URL cases').toBeGreaterThan(0);
      expect(cases?.notRoom.length, 'not-a-room URL cases').toBeGreaterThan(0);
      for (const [u, id] of cases.room) {
        const a = adapterForUrl(new URL(u))!;
        expect(a.descriptor.id).toBe(d.id);
        expect(a.roomId(new URL(u)), u).toBe(id);
        expect(roomKeyOf(d.id, a.roomId(new URL(u)))).toBe(`${d.id}:${id}`);
      }
      for (const u of cases.notRoom) expect(adapterForUrl(new URL(u))?.roomId(new URL(u)) ?? null, u).toBeNull();
    });

    it('has a test reading its real capture, where ../shared/data/dom holds one', () => {
      const captures = existsSync(CAPTURES) ? readdirSync(CAPTURES).filter((f) => f.startsWith(`${d.id}_`)) : [];
      for (const f of captures) expect(CAPTURE_TESTS.includes(f), `no test reads ${f}`).toBe(true);
    });
  });
}
