// R-COMPLAINT-17: each evidence item and the whole record carry a SHA-256 that detects any change.
import { describe, expect, it } from 'vitest';
import { canonicalJson, verifyEvidence } from '@/lib/complaints/hashing';
import { chatWindow } from '@/lib/complaints/build';
import { makeComplaint } from './make-complaint';

describe('evidence hashing', () => {
  it('canonical JSON ignores key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('a sealed record verifies, with a known digest of the page item', async () => {
    const { complaint } = await makeComplaint(crypto.randomUUID());
    expect(await verifyEvidence(complaint.evidence)).toEqual([]);
    // independent digest of the canonical page JSON, computed with node:crypto
    const { createHash } = await import('node:crypto');
    expect(complaint.evidence.hashes.page).toBe(createHash('sha256').update(canonicalJson(complaint.evidence.page)).digest('hex'));
  });

  it('names each tampered item', async () => {
    const { complaint } = await makeComplaint(crypto.randomUUID());
    const e = structuredClone(complaint.evidence);
    e.chat[0]!.text = 'edited';
    expect(await verifyEvidence(e)).toEqual(['chat', 'record']);
    const e2 = structuredClone(complaint.evidence);
    e2.capturedAt += 1;
    expect(await verifyEvidence(e2)).toEqual(['record']);
  });

  it('keeps the last 2 minutes of chat', async () => {
    const { complaint } = await makeComplaint(crypto.randomUUID());
    expect(complaint.evidence.chat.map((o) => o.text)).toEqual(['想要便宜的加V私聊']);
    expect(chatWindow([{ kind: 'chat', text: 'x', at: 0 }], 200_000)).toEqual([]);
  });
});
