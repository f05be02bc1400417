// The protocol map files every message under its direction, and the background → content channel
// (handleInContent, lib/messaging-content.ts) answers only our own background and needs an object
// payload; the background → content payloads are typed by the map, not re-parsed (issue 13: no zod in
// the content script). WXT's fakeBrowser stands in for the browser's runtime (no extension runs in Node).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PROTOCOL } from '@/lib/messaging';
import { handleInContent, send } from '@/lib/messaging-content';

/**
 * As the browsers do without the polyfill: a listener that returns `true` answers through
 * sendResponse; any other return value means it does not answer (undefined here).
 */
async function deliver(msg: unknown, sender: object) {
  return new Promise<unknown>((resolve, reject) => {
    (fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>)(msg, sender, resolve).then((returned) => {
      if (!returned.includes(true)) resolve(undefined);
    }, reject);
  });
}

describe('protocol map', () => {
  it('files every message under its direction, and no name is used in both', () => {
    for (const spec of Object.values(PROTOCOL.toBackground)) expect(spec.to).toBe('background');
    for (const spec of Object.values(PROTOCOL.toContent)) {
      expect(spec.to).toBe('content');
      expect(spec.from).toBe('background');
    }
    const both = Object.keys(PROTOCOL.toContent).filter((k) => k in PROTOCOL.toBackground);
    expect(both).toEqual([]);
    expect(Object.keys(PROTOCOL.toContent)).toContain('complaintOpenForm');
  });
});

describe('handleInContent', () => {
  let opened: boolean[];
  let ctl: AbortController;
  beforeEach(() => {
    fakeBrowser.reset();
    opened = [];
    ctl = new AbortController();
    handleInContent({ complaintOpenForm: async ({ screenshot }) => (opened.push(screenshot), { ok: true }) }, ctl.signal);
  });
  const fromBackground = () => ({ id: fakeBrowser.runtime.id });

  it('answers the background', async () => {
    const reply = await deliver({ liveguard: 1, to: 'content', type: 'complaintOpenForm', data: { screenshot: true } }, fromBackground());
    expect(reply).toEqual({ ok: true, data: { ok: true } });
    expect(opened).toEqual([true]);
  });

  it('refuses a sender with a tab, a bad payload, and an envelope without its direction', async () => {
    const tabbed = await deliver({ liveguard: 1, to: 'content', type: 'complaintOpenForm', data: { screenshot: true } }, { ...fromBackground(), tab: { id: 3 } });
    expect(tabbed).toEqual({ ok: false, error: 'foreign sender' });
    const bad = (await deliver({ liveguard: 1, to: 'content', type: 'complaintOpenForm', data: 'yes' }, fromBackground())) as { ok: boolean; error: string };
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/^invalid complaintOpenForm/);
    expect(await deliver({ liveguard: 1, type: 'complaintOpenForm', data: { screenshot: true } }, fromBackground())).toBeUndefined();
    expect(opened).toEqual([]);
  });

  it('ignores a type it has no handler for, even an inherited name', async () => {
    expect(await deliver({ liveguard: 1, to: 'content', type: 'toString', data: {} }, fromBackground())).toBeUndefined();
    expect(await deliver({ liveguard: 1, to: 'content', type: 'room:state', data: {} }, fromBackground())).toBeUndefined();
  });

  it('stops listening when the room ends', async () => {
    ctl.abort();
    expect(await deliver({ liveguard: 1, to: 'content', type: 'complaintOpenForm', data: { screenshot: false } }, fromBackground())).toBeUndefined();
    expect(opened).toEqual([]);
  });
});

describe('send (content side)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('returns the reply data, and throws the error or a missing reply', async () => {
    fakeBrowser.runtime.onMessage.addListener(((msg: { type: string }) =>
      Promise.resolve(msg.type === 'ping' ? { ok: true, data: { ok: true } } : msg.type === 'getActiveRules' ? { ok: false, error: 'not now' } : undefined)) as never);
    await expect(send('ping', {})).resolves.toEqual({ ok: true });
    await expect(send('getActiveRules', {})).rejects.toThrow('not now');
    await expect(send('getSyncStatus', {})).rejects.toThrow('no reply to getSyncStatus');
  });
});
