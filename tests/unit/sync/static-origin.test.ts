// Issue 22: the pure parts of reading a static origin (the network parts run against a real file
// server in server/tests/static-origin.test.ts and the Chromium e2e static-origin.spec.ts).
import { describe, expect, it } from 'vitest';
import { bucketFiles, isStaticOrigin, staticFileUrl } from '../../../lib/sync/static-origin';
import { STATIC_FORMAT, type StaticManifest } from '../../../lib/api';

const manifest = (bucketHex: number, buckets: Record<string, string>): StaticManifest => ({
  format: STATIC_FORMAT, exportedAt: '2026-12-01T00:00:00.000Z', bundleVersion: 1, bundle: null, deltas: {},
  credit: { bucketHex, records: 0, buckets },
});

describe('static origin', () => {
  it('the URL alone picks the mode: a path ending in /manifest.json', () => {
    expect(isStaticOrigin('https://cdn.example.org/lg/manifest.json')).toBe(true);
    expect(isStaticOrigin('http://127.0.0.1:8080/manifest.json')).toBe(true);
    expect(isStaticOrigin('https://api.liveguard.app')).toBe(false);
    expect(isStaticOrigin('https://cdn.example.org/lg/manifest.json.bak')).toBe(false);
    expect(isStaticOrigin('https://cdn.example.org/lg/?x=/manifest.json')).toBe(false);
    expect(isStaticOrigin('not a url')).toBe(false);
  });

  it('files resolve next to the manifest, under any path prefix', () => {
    expect(staticFileUrl('https://cdn.example.org/lg/v2/manifest.json', 'credit/abcd.0123456789abcdef.json')).toBe('https://cdn.example.org/lg/v2/credit/abcd.0123456789abcdef.json');
  });

  it('a prefix maps to its bucket file; a longer prefix to the bucket it falls in; a shorter one to every listed bucket under it; absent buckets are empty', () => {
    const m4 = manifest(4, { abcd: 'credit/abcd.1111111111111111.json', abce: 'credit/abce.2222222222222222.json' });
    expect(bucketFiles(m4, 'abcd')).toEqual(['credit/abcd.1111111111111111.json']);
    expect(bucketFiles(m4, 'abcd9')).toEqual(['credit/abcd.1111111111111111.json']);
    expect(bucketFiles(m4, 'ffff')).toEqual([]);
    const m5 = manifest(5, { abcd0: 'credit/abcd0.1111111111111111.json', abcdf: 'credit/abcdf.2222222222222222.json', abce0: 'credit/abce0.3333333333333333.json' });
    expect(bucketFiles(m5, 'abcd')).toEqual(['credit/abcd0.1111111111111111.json', 'credit/abcdf.2222222222222222.json']);
  });
});
