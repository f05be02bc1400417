// @vitest-environment happy-dom
// Issue 13: the room's watcher (entrypoints/live.content/watcher.ts, on happy-dom's MutationObserver)
// reads a batch of added rows in the observer's own callback when its last pass is a frame old, so
// a busy chat costs one call into the content script per batch, not two (the callback, then a
// frame's); a batch that comes within a frame of the last pass still waits for the next frame.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MIN_PASS_GAP_MS, watchRoom } from '@/entrypoints/live.content/watcher';
import { adapterOf } from '@/lib/sites/registry';

const douyin = adapterOf('douyin');
const row = (id: number) =>
  `<div class="webcast-chatroom___item" data-id="${id}"><div><span>观众${id}：</span><span><span class="webcast-chatroom___content-with-emoji-text">第${id}条</span></span></div></div>`;
/** the observer's callback has run (happy-dom delivers records in a later task) */
const delivered = () => new Promise((r) => setTimeout(r, 0));

const stop = new AbortController();
afterEach(() => {
  stop.abort();
  vi.restoreAllMocks();
});

describe('watchRoom passes', () => {
  it('reads a batch in the observer callback, not a frame later, and waits for the frame within a frame of the last pass', async () => {
    document.body.innerHTML = '<div class="webcast-chatroom___items"><div id="list"></div></div>';
    const list = document.getElementById('list')!;
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const seen: string[][] = [];
    watchRoom({ adapter: douyin, signal: stop.signal, onRows: (rows) => seen.push(rows.map((r) => r.getAttribute('data-id')!)), onInfoTick: () => {} });
    // the start-up pass (rows already there: none) is a frame's
    frames.splice(0).forEach((f) => f(now));
    now += MIN_PASS_GAP_MS;
    list.insertAdjacentHTML('beforeend', row(1) + row(2));
    await delivered();
    expect(seen, 'read in the callback').toEqual([['1', '2']]);
    expect(frames, 'no frame asked for').toHaveLength(0);
    now += 1; // the next batch comes within a frame of that pass
    list.insertAdjacentHTML('beforeend', row(3));
    await delivered();
    expect(seen).toHaveLength(1);
    expect(frames, 'its frame asked for').toHaveLength(1);
    frames.splice(0).forEach((f) => f(now));
    expect(seen).toEqual([['1', '2'], ['3']]);
    // a trim alone asks for no pass
    list.firstElementChild!.remove();
    await delivered();
    expect(frames).toHaveLength(0);
    expect(seen).toHaveLength(2);
  });
});
