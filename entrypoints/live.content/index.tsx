import { LIVE_SITE_MATCHES } from '@/lib/sites/match-patterns';
import { DEFAULT_BUNDLE } from '@/lib/bundle/default-bundle';
import { createScanner } from '@/lib/detect';
import { runRoom } from './run-room';
import './overlay.css';

// One content script for every supported site (design.md). allFrames: YouTube's chat is an iframe
// on the same host (sites.md §7); other frames find no adapter room and do nothing.
export default defineContentScript({
  matches: [...LIVE_SITE_MATCHES],
  allFrames: true,
  cssInjectionMode: 'ui',
  async main(ctx) {
    const bundle = DEFAULT_BUNDLE;
    const scanner = createScanner(bundle);
    let current: { key: string; abort: AbortController } | null = null;
    const start = () => {
      const url = new URL(location.href);
      const key = `${url.hostname}${url.pathname}${url.searchParams.get('v') ?? ''}${url.searchParams.get('liveId') ?? ''}${url.searchParams.get('live_web_rid') ?? ''}`;
      if (current?.key === key) return;
      current?.abort.abort();
      const abort = new AbortController();
      ctx.signal.addEventListener('abort', () => abort.abort());
      current = { key, abort };
      void runRoom(ctx, url, bundle, scanner, abort.signal);
    };
    start();
    // single-page navigation between rooms (TikTok, Twitch, YouTube, Bilibili)
    ctx.addEventListener(window, 'wxt:locationchange', start);
  },
});
