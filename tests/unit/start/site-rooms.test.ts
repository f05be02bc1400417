// The rooms `npm start -- <site>` opens (demo/site-rooms.ts) are the ones the site e2e suites test
// (tests/e2e/site-rooms.ts): same URL, same pages, every page present.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_IDS } from '../../../lib/model';
import { SITE_PAGES_DIR, SITE_ROOM_PAGES } from '../../../demo/site-rooms';
import { SITE_ROOMS } from '../../e2e/site-rooms';
import { roomPages } from '../../../scripts/lib/serve-room';
import { fixturePath } from '../../fixture-path';

describe('site rooms', () => {
  it('one per supported site', () => {
    expect(Object.keys(SITE_ROOM_PAGES).sort()).toEqual([...SITE_IDS].sort());
  });
  it.each(SITE_ROOMS.map((r) => [r.site, r] as const))('%s: the same URL and pages as the e2e suites, each page on disk', (site, tested) => {
    const room = SITE_ROOM_PAGES[site as keyof typeof SITE_ROOM_PAGES];
    expect(room.url).toBe(tested.url);
    expect(room.pages).toEqual(tested.pages);
    for (const file of Object.values(room.pages)) {
      expect(existsSync(`${SITE_PAGES_DIR}${file}`)).toBe(true);
      expect(fixturePath(`sites/${file}`)).toBe(`${SITE_PAGES_DIR}${file}`);
    }
    const served = roomPages(room.site);
    expect(served.url).toBe(tested.url);
    for (const body of Object.values(served.pages)) expect(body).toMatch(/<html/i);
  });
  it('the demo room is served at the Douyin URL', () => {
    expect(roomPages('demo').url).toBe('https://live.douyin.com/880088000');
  });
});
