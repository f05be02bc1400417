import { describe, expect, it } from 'vitest';
import { roomFromUrl } from '@/lib/protection/content/room-from-url';

describe('roomFromUrl', () => {
  it('names site and room for supported live URLs', () => {
    expect(roomFromUrl('https://live.douyin.com/880088000?x=1')).toEqual({ site: 'douyin', roomId: '880088000' });
    expect(roomFromUrl('https://live.kuaishou.com/u/abc123')).toEqual({ site: 'kuaishou', roomId: 'abc123' });
    expect(roomFromUrl('https://tbzb.taobao.com/live?liveId=42')).toEqual({ site: 'taobao', roomId: '42' });
    expect(roomFromUrl('https://www.tiktok.com/@someone/live')).toEqual({ site: 'tiktok', roomId: '@someone' });
    expect(roomFromUrl('https://www.youtube.com/watch?v=abcdefghijk')).toEqual({ site: 'youtube', roomId: 'abcdefghijk' });
    expect(roomFromUrl('https://www.twitch.tv/somechannel')).toEqual({ site: 'twitch', roomId: 'somechannel' });
  });
  it('refuses other hosts, plain http and junk', () => {
    expect(roomFromUrl('https://shop.example.com/live/1')).toBeNull();
    expect(roomFromUrl('http://live.douyin.com/1')).toBeNull();
    expect(roomFromUrl('not a url')).toBeNull();
  });
});
