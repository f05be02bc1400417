import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ShownFinding, FindingAction } from '@/lib/overlay/store';
import type { Corner } from '@/lib/overlay/placement';
import { WarningPopup } from './WarningPopup';

/** players move (theatre mode, resizes): while pop-ups show, their corner is checked this often */
const RECHECK_MS = 2000;

/**
 * The visible pop-ups (at most two, lib/overlay/popup-queue.ts) in the viewport corner that keeps
 * them off the centre of the video (issue 18 item 3). `place` (the content script's, with
 * lib/overlay/placement.ts and the video's box) picks it from the stack's height; without it, top-right.
 */
export function PopupStack(props: { popups: ShownFinding[]; actions: FindingAction[]; place?: (stackHeight: number) => Corner; onAck(uid: number): void; onMute(f: ShownFinding): void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [corner, setCorner] = useState<Corner>('top-right');
  const count = props.popups.length;
  useLayoutEffect(() => {
    const el = ref.current;
    const place = props.place;
    if (!count || !el || !place) return;
    // Boxes are read after the browser's own layout, never forcing one (issue 13: measuring here
    // laid out the busy chat page once more for every new pop-up): a ResizeObserver notifies a new
    // observation in the frame's rendering steps after layout and before paint, and again whenever
    // the stack's size changes; observing again asks for a fresh read (resize, recheck).
    const observer = new ResizeObserver(() => setCorner(place(el.getBoundingClientRect().height)));
    const again = () => {
      observer.unobserve(el);
      observer.observe(el);
    };
    observer.observe(el);
    window.addEventListener('resize', again);
    const timer = setInterval(again, RECHECK_MS);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', again);
      clearInterval(timer);
    };
  }, [count, props.popups.map((p) => p.uid).join()]);
  return (
    <div class="lg-popups" data-liveguard="popups" data-corner={corner} aria-live="assertive" ref={ref}>
      {props.popups.map((p) => (
        <WarningPopup key={p.uid} item={p} actions={props.actions} onAck={() => props.onAck(p.uid)} onMute={() => props.onMute(p)} />
      ))}
    </div>
  );
}
