// @vitest-environment happy-dom
/**
 * The content script picks its site and room from the sites' addresses alone and builds its adapter
 * from the reading the background hands over (issue 13: every site's selectors stay out of the
 * page's script). It must agree with the registry (every descriptor at hand) on every URL case,
 * override included, and the addresses must be exactly the descriptors' own fields.
 */
import { describe, expect, it } from 'vitest';
import { adapterFor, roomKeyAt, siteAt } from '@/lib/sites/site-at';
import { adapterForUrl } from '@/lib/sites/registry';
import { SITE_ADDRESSES } from '@/lib/sites/descriptors';
import { SITE_DESCRIPTORS, siteReadingOf } from '@/lib/sites/descriptors/all';
import { SiteAddressSchema, SiteReadingSchema } from '@/lib/sites/descriptor';
import { URL_CASES } from '../../fixtures/sites/url-cases';

describe('addresses and readings', () => {
  it('each descriptor is its address plus its reading, nothing else', () => {
    expect(SITE_ADDRESSES.map((a) => a.id)).toEqual(SITE_DESCRIPTORS.map((d) => d.id));
    for (const d of SITE_DESCRIPTORS) {
      const address = SITE_ADDRESSES.find((a) => a.id === d.id)!;
      expect(SiteAddressSchema.strict().parse(address)).toEqual(address);
      const reading = siteReadingOf(d.id);
      expect(SiteReadingSchema.strict().parse(reading)).toEqual(reading);
      expect({ ...address, ...reading }).toEqual(d);
      // the reading is what the content script lacks: no selector list rides in an address
      expect(Object.keys(address)).not.toContain('selectors');
    }
  });
});

for (const [site, cases] of Object.entries(URL_CASES)) {
  describe(`site ${site}`, () => {
    it('gives the same site, room key and adapter as the registry on every URL case', () => {
      for (const u of [...cases.room.map(([x]) => x), ...cases.notRoom]) {
        const url = new URL(u);
        const address = siteAt(url)!;
        expect(address.id, u).toBe(site);
        const built = adapterFor(address, siteReadingOf(address.id), undefined);
        const registered = adapterForUrl(url)!;
        expect(built.descriptor).toEqual(registered.descriptor);
        expect(built.roomId(url), u).toBe(registered.roomId(url));
        expect(roomKeyAt(address, url), u).toBe(registered.roomId(url) ? `${site}:${registered.roomId(url)}` : null);
        expect(built.hostIdFromUrl?.(url) ?? null, u).toBe(registered.hostIdFromUrl?.(url) ?? null);
        expect(built.isChatFrame?.(url) ?? false, u).toBe(registered.isChatFrame?.(url) ?? false);
        expect(built.readChatRow).toBe(registered.readChatRow);
        expect(built.roomFromPage).toBe(registered.roomFromPage);
      }
    });
  });
}

describe('adapterFor with a bundle override', () => {
  const url = new URL(URL_CASES.douyin.room[0]![0]);
  const address = siteAt(url)!;
  it('applies a valid override to the handed-over reading, as the registry does', () => {
    const override = { selectors: { chatRow: ['.new-row'] }, chatIdAttr: 'data-mid' };
    const built = adapterFor(address, siteReadingOf('douyin'), override);
    expect(built.descriptor.selectors.chatRow).toEqual(['.new-row']);
    expect(built.descriptor.chatIdAttr).toBe('data-mid');
    expect(built.descriptor).toEqual(adapterForUrl(url, { douyin: override })!.descriptor);
  });
  it('keeps the handed-over reading, and says why, when the override is invalid', () => {
    const warned: string[] = [];
    const built = adapterFor(address, siteReadingOf('douyin'), { selectors: { chatRow: ['div[[['] } }, (m) => warned.push(m));
    expect(built.descriptor.selectors.chatRow).toEqual(siteReadingOf('douyin').selectors.chatRow);
    expect(warned).toHaveLength(1);
  });
  it('knows no site on other hosts', () => {
    expect(siteAt(new URL('https://example.com/live/1'))).toBeNull();
  });
});
