/**
 * The content script's context, in place of WXT's ContentScriptContext (3.4 KB with its location
 * watcher, event helpers and logger, issue 13): wxt.config.ts aliases `wxt/utils/content-script-context`
 * to this file in the content-script build only, so WXT's entry wrapper constructs it and hands it to
 * main(). It keeps only what this script uses (tests/unit/content-script/context.test.ts checks every
 * `ctx.` member the script calls exists here), with WXT's behaviour:
 * - `signal` aborts when the context is invalidated: a newer copy of this script started in the same
 *   document (an extension update or reload) tells older ones to stop, or the extension is gone;
 * - `addEventListener(window, 'wxt:locationchange', h)` reports single-page navigations: from the
 *   Navigation API's "navigate" event (fired before location.href changes, so `e.newUrl` is the new
 *   URL), else by polling location.href every second. The handler is called directly, with no DOM
 *   event the page could forge or observe.
 */
import { browser } from 'wxt/browser';

export interface LocationChange {
  newUrl: URL;
  oldUrl: URL;
}
type NavigationLike = { addEventListener(type: 'navigate', cb: (e: { destination: { url: string } }) => void, o: { signal: AbortSignal }): void };

const POLL_MS = 1000;

/** `new ContentScriptContext(name)` as WXT's wrapper calls it; closures rather than a class so the minifier can shorten its inner names */
export function ContentScriptContext(name = 'content') {
  const controller = new AbortController();
  const signal = controller.signal;
  const startedEvent = `${browser.runtime?.id}:${name}:liveguard-started`;
  const id = Math.random().toString(36).slice(2);
  const locationHandlers: ((e: LocationChange) => void)[] = [];
  const notifyInvalidated = () => controller.abort('Content script context invalidated');
  const onInvalidated = (cb: () => void) => {
    signal.addEventListener('abort', cb);
    return () => signal.removeEventListener('abort', cb);
  };
  const isInvalid = () => {
    if (browser.runtime?.id == null) notifyInvalidated();
    return signal.aborted;
  };
  const watchLocation = () => {
    let last = new URL(location.href);
    const changed = (next: URL) => {
      if (next.href === last.href || signal.aborted) return;
      const e = { newUrl: next, oldUrl: last };
      last = next;
      for (const h of locationHandlers) h(e);
    };
    const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('navigate', (e) => changed(new URL(e.destination.url)), { signal });
    } else {
      const timer = setInterval(() => changed(new URL(location.href)), POLL_MS);
      onInvalidated(() => clearInterval(timer));
    }
  };
  // older copies of this script in the document stop; this one stops for a newer one
  document.dispatchEvent(new CustomEvent(startedEvent, { detail: { id } }));
  document.addEventListener(startedEvent, (e) => (e as CustomEvent<{ id?: string }>).detail?.id !== id && notifyInvalidated(), { signal });
  return {
    signal,
    get isInvalid() {
      return isInvalid();
    },
    get isValid() {
      return !isInvalid();
    },
    abort: (reason?: unknown) => controller.abort(reason),
    notifyInvalidated,
    onInvalidated,
    addEventListener(target: EventTarget, type: string, handler: (e: never) => void, options?: AddEventListenerOptions) {
      if (type !== 'wxt:locationchange') return target.addEventListener(type, handler as EventListener, { ...options, signal });
      if (locationHandlers.push(handler as (e: LocationChange) => void) === 1 && !isInvalid()) watchLocation();
    },
  };
}
