/**
 * Keeps our UI host on screen while the room lives (issue 14): put back at once when the page
 * removes it or touches its attributes (a MutationObserver), and checked a few times a second
 * for what no mutation reports (a stylesheet that hides it, something drawn over it). The rules
 * are in lib/overlay/host-health.ts; this file takes the snapshot and repairs.
 */
import { HOST_ATTRIBUTES, hostProblems, type HostProblem, type HostSnapshot } from '@/lib/overlay/host-health';
import { afterNextLayout } from '../after-layout';

/** well inside the 1 s the issue allows */
export const CHECK_INTERVAL_MS = 300;
/**
 * the hit test (elementFromPoint per surface, the check's main cost: ~0.2 ms a time on a busy room,
 * overlay bench, issue 13) runs on every second check: a cover is still found within ~600 ms
 */
export const HIT_TEST_EVERY = 2;
/** what the viewer sees and clicks: each one's centre must hit our host, not a page element */
const SURFACES = '.lg-popup, .lg-interstitial-box, .lg-toggle, .lg-panel, .lg-gate-card, .lg-complaint, .lg-credit button';

type MovableRoot = HTMLElement & { moveBefore?: (node: Node, child: Node | null) => void };

export function keepHost(host: HTMLElement, shadow: ShadowRoot, signal: AbortSignal, onRepair: (problems: HostProblem[]) => void) {
  const style = host.getAttribute('style') ?? '';

  // moveBefore keeps the iframes inside (PIN, complaint form) alive; append would reload them.
  const putLast = () => {
    const root = document.documentElement as MovableRoot;
    if (host.isConnected && host.parentNode === root && typeof root.moveBefore === 'function') root.moveBefore(host, null);
    else root.append(host);
  };

  const covered = () => {
    for (const el of shadow.querySelectorAll(SURFACES)) {
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2) continue;
      const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      if (top && top !== host) return true;
    }
    return false;
  };

  /**
   * `full`: also computed style (and the hit test when `hit`), read after the frame's own layout
   * (after-layout.ts); mutations and the timer's first look only need the cheap part (attributes,
   * connection, inert)
   */
  const snapshot = (full: boolean, hit: boolean): HostSnapshot => {
    const c = full && host.isConnected ? getComputedStyle(host) : null;
    return {
      connected: host.isConnected,
      attributes: host.getAttributeNames(),
      styleIntact: (host.getAttribute('style') ?? '') === style,
      computed: c
        ? { display: c.display, visibility: c.visibility, opacity: c.opacity, contentVisibility: c.getPropertyValue('content-visibility') || undefined, filter: c.filter, transform: c.transform, clipPath: c.clipPath }
        : { display: 'block', visibility: 'visible', opacity: '1' },
      covered: full && hit && host.isConnected && covered(),
      inertAncestor: host.closest('[inert]') !== null,
    };
  };

  const repair = (full: boolean, hit = full) => {
    if (signal.aborted) return;
    const problems = hostProblems(snapshot(full, hit));
    if (!problems.length) return;
    for (const p of problems) {
      if (p === 'removed' || p === 'covered') putLast();
      if (p === 'attributes') for (const a of host.getAttributeNames()) if (!(HOST_ATTRIBUTES as readonly string[]).includes(a)) host.removeAttribute(a);
      if (p === 'style' || p === 'hidden') host.setAttribute('style', style);
      if (p === 'inert') for (let el: Element | null = host; el; el = el.parentElement) el.removeAttribute('inert');
    }
    observer.takeRecords(); // our own repairs are not the page's mutations
    onRepair(problems);
  };

  const observer = new MutationObserver(() => repair(false));
  observer.observe(document.documentElement, { childList: true });
  observer.observe(host, { attributes: true });
  let checks = 0;
  const fullCheck = afterNextLayout(signal, () => repair(true, checks % HIT_TEST_EVERY === 0));
  const timer = setInterval(() => {
    if (document.visibilityState !== 'visible') return;
    repair(false);
    checks++;
    fullCheck();
  }, CHECK_INTERVAL_MS);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearInterval(timer);
  });
}
