import { LIVE_SITE_MATCHES } from '@/lib/sites/match-patterns';
import { siteAt, roomKeyAt } from '@/lib/sites/site-at';
import { buildScanner, type Scanner } from '@/lib/detect/scanner';
import { provideTradTable } from '@/lib/detect/char-fold';
import { provideForms } from '@/lib/detect/forms';
import { decodeModel } from '@/lib/detect/model-codec';
import type { ActiveRules } from '@/lib/sync/protocol';
import { newTabMemory, runRoom } from './run-room';
import { loadActiveRules } from './active-rules';
import { applyChosenLocale } from './viewer-locale';
import './overlay.css';

// One content script for every supported site (design.md). allFrames: YouTube's chat is an iframe
// on the same host (sites.md §7); other frames find no adapter room and do nothing.
export default defineContentScript({
  matches: [...LIVE_SITE_MATCHES],
  allFrames: true,
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Rules are asked for once, and only when a room shows up: frames and pages that are not
    // live rooms never wake the background.
    let rules: Promise<{ rules: ActiveRules; scanner: Scanner }> | null = null;
    // The model, the fold table and the rule forms come with the rules (issue 13), never from this script's bundle.
    // One script instance reads one frame of one host, so one site: its reading comes with the rules.
    const site = siteAt(new URL(location.href));
    if (!site) return;
    const loadRules = () =>
      (rules ??= loadActiveRules(site.id, 3000, ctx.signal).then(async (r) => {
        // the background is awake now: the viewer's language choice before the first render
        await applyChosenLocale();
        provideTradTable(r.tradTable);
        provideForms(r.forms);
        return { rules: r, scanner: buildScanner(r, decodeModel(r.model)) };
      }));
    let current: { key: string; abort: AbortController } | null = null;
    const memory = newTabMemory();
    // The URL comes from the caller: WXT fires wxt:locationchange from the Navigation API's
    // "navigate" event, BEFORE location.href changes, so reading location there saw the old room.
    const start = (url: URL) => {
      // the room key comes from the site's descriptor (its room rule), so a URL change inside one room keeps it
      const key = roomKeyAt(site, url);
      if (key && current?.key === key) return;
      current?.abort.abort();
      current = null;
      if (!key) return;
      const abort = new AbortController();
      ctx.signal.addEventListener('abort', () => abort.abort());
      current = { key, abort };
      void loadRules().then(({ rules: r, scanner }) => {
        if (!abort.signal.aborted) return runRoom(ctx, url, site, r, scanner, abort.signal, memory);
      });
    };
    start(new URL(location.href));
    // single-page navigation between rooms (TikTok, Twitch, YouTube, Bilibili)
    ctx.addEventListener(window, 'wxt:locationchange', (e) => start(new URL(e.newUrl.href)));
  },
});
