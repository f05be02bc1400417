// @vitest-environment happy-dom
// Issue 17: room facts read by shape when the selectors find nothing (redesigned fixture rooms),
// and selectors still first where they work (the original fixture rooms).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapterForUrl } from '@/lib/sites/registry';
import { readRoomParts, productByShape, countersByShape } from '@/lib/sites/fallback/room-parts';
import { fixturePath } from '../fixture-path';

function load(file: string): Document {
  const html = readFileSync(fixturePath(`sites/${file}`), 'utf8').replace(/<iframe[^>]*><\/iframe>/g, '');
  return new DOMParser().parseFromString(html, 'text/html');
}
const douyin = adapterForUrl(new URL('https://live.douyin.com/880088000'))!;

describe('readRoomParts', () => {
  it('original Douyin room: every part by selectors', () => {
    const { info, how } = readRoomParts(douyin, load('douyin.html'), new URL('https://live.douyin.com/880088000'));
    expect(how).toEqual({ title: 'selectors', host: 'selectors', product: 'selectors', counters: 'selectors' });
    expect(info.title).toBe('明前龙井 全网最低价 现摘现发');
  });

  it('redesigned Douyin room: title from the document, host from the profile link, product card and likes by shape', () => {
    const doc = load('redesigned/douyin.html');
    const { info, how, productEl, titleEl } = readRoomParts(douyin, doc, new URL('https://live.douyin.com/880088000'));
    expect(how).toEqual({ title: 'fallback', host: 'fallback', product: 'fallback', counters: 'fallback' });
    expect(info.title).toBe('直播间 - 抖音直播');
    expect(titleEl).toBeNull();
    expect(info.hostName).toBe('茶园直供');
    expect(info.product).toMatchObject({ price: 99, originalPrice: 399 });
    expect(info.product!.title).toContain('53度白酒');
    expect(productEl?.textContent).toContain('去抢购');
    expect(info.likes).toBe(56000);
  });

  it('og:title wins over document.title when the title element is gone', () => {
    const doc = load('redesigned/twitch.html');
    const meta = doc.createElement('meta');
    meta.setAttribute('property', 'og:title');
    meta.setAttribute('content', 'Sneaker drop: lowest price ever');
    doc.head.appendChild(meta);
    const twitch = adapterForUrl(new URL('https://www.twitch.tv/somechannel'))!;
    const { info, how } = readRoomParts(twitch, doc, new URL('https://www.twitch.tv/somechannel'));
    expect(info.title).toBe('Sneaker drop: lowest price ever');
    expect(how.title).toBe('fallback');
    expect(how.product).toBe('none');
  });
});

describe('shape readers', () => {
  it('a product card needs a ¥ price AND a buy control', () => {
    const doc = new DOMParser().parseFromString('<div><div>好茶 ¥59</div></div><div><span>限时</span><button>立即购买</button></div>', 'text/html');
    expect(productByShape(doc)).toBeNull();
    const ok = new DOMParser().parseFromString('<div class="x"><div>好茶</div><span>￥59</span><del>￥99</del><button>立即购买</button></div>', 'text/html');
    expect(productByShape(ok)?.card).toMatchObject({ price: 59, originalPrice: 99, title: '好茶' });
  });
  it('counters only from texts that say what they count', () => {
    const doc = new DOMParser().parseFromString('<span>3,247</span><span>1.2万人在看</span><b>45.6K likes</b>', 'text/html');
    expect(countersByShape(doc)).toEqual({ viewers: 12000, likes: 45600 });
  });
});
