// @vitest-environment happy-dom
/**
 * The content script's own context (entrypoints/live.content/context.ts), which wxt.config.ts puts in
 * place of WXT's ContentScriptContext in the content-script build (issue 13). It must offer every
 * `ctx.` member the script calls, stop when a newer copy of the script starts in the document, and
 * report single-page navigations by the Navigation API or, without it (Firefox ESR), by polling.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '@/entrypoints/live.content/context';
import { ROOT } from '../../scripts/architecture.mjs';
import { runtimeGraph } from '../unit/architecture/runtime-imports';

type Ctx = ReturnType<typeof ContentScriptContext>;
const made: Ctx[] = [];
const make = (name = 'live') => {
  const ctx = ContentScriptContext(name);
  made.push(ctx);
  return ctx;
};
afterEach(() => {
  for (const c of made.splice(0)) c.abort();
  vi.useRealTimers();
  delete (globalThis as { navigation?: unknown }).navigation;
});

describe('the content-script context', () => {
  it("has every member the script calls on WXT's context", () => {
    const { reached } = runtimeGraph('entrypoints/live.content/index.tsx');
    const used = new Set<string>();
    for (const f of reached.keys()) {
      if (!/\.(ts|tsx)$/.test(f)) continue;
      const src = readFileSync(join(ROOT, f), 'utf8');
      // files that take WXT's context (typed from #imports) and the entry that receives it
      if (f !== 'entrypoints/live.content/index.tsx' && !src.includes('ContentScriptContext')) continue;
      for (const m of src.matchAll(/\bctx\.(\w+)/g)) used.add(m[1]!);
    }
    expect([...used].sort()).toEqual(expect.arrayContaining(['addEventListener', 'onInvalidated', 'signal']));
    const ctx = make();
    for (const member of used) expect(ctx, member).toHaveProperty(member);
  });

  it('stops (signal and onInvalidated) when a newer copy of the script starts, not for another script', () => {
    const old = make();
    const gone = vi.fn();
    old.onInvalidated(gone);
    make('other-script');
    expect(old.signal.aborted).toBe(false);
    const newer = make();
    expect(old.signal.aborted).toBe(true);
    expect(gone).toHaveBeenCalledOnce();
    expect(newer.signal.aborted).toBe(false);
    expect(newer.isValid).toBe(true);
  });

  it('passes plain event listeners through and drops them with the context', () => {
    const ctx = make();
    const target = new EventTarget();
    const seen = vi.fn();
    ctx.addEventListener(target, 'ping', seen);
    target.dispatchEvent(new Event('ping'));
    ctx.abort();
    target.dispatchEvent(new Event('ping'));
    expect(seen).toHaveBeenCalledOnce();
  });

  it('reports a navigation by polling location when there is no Navigation API, once, and stops with the context', () => {
    vi.useFakeTimers();
    history.replaceState(null, '', '/room/1');
    const ctx = make();
    const changes: string[] = [];
    ctx.addEventListener(window, 'wxt:locationchange', (e: { newUrl: URL; oldUrl: URL }) => changes.push(`${e.oldUrl.pathname}→${e.newUrl.pathname}`));
    vi.advanceTimersByTime(1500);
    expect(changes).toEqual([]);
    history.pushState(null, '', '/room/2');
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(3000);
    expect(changes).toEqual(['/room/1→/room/2']);
    ctx.abort();
    history.pushState(null, '', '/room/3');
    vi.advanceTimersByTime(2000);
    expect(changes).toEqual(['/room/1→/room/2']);
  });

  it("reports a navigation from the Navigation API's navigate event with the destination URL", () => {
    const nav = new EventTarget() as EventTarget & { destination?: unknown };
    (globalThis as { navigation?: unknown }).navigation = nav;
    history.replaceState(null, '', '/room/1');
    const ctx = make();
    const seen: string[] = [];
    ctx.addEventListener(window, 'wxt:locationchange', (e: { newUrl: URL }) => seen.push(e.newUrl.pathname));
    const navigate = (url: string) => nav.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));
    navigate(`${location.origin}/room/1`);
    navigate(`${location.origin}/room/9`);
    navigate(`${location.origin}/room/9`);
    expect(seen).toEqual(['/room/9']);
  });
});
