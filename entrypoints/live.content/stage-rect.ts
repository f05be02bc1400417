/**
 * The video's box in the viewport (issue 18 item 3): the site descriptor's `video` selectors, else
 * the largest visible <video>; null when neither is there (the overlay then uses its default corner).
 * Read only while pop-ups are on screen (components/overlay/PopupStack.tsx calls popupCorner's function).
 */
import type { SiteAdapter } from '@/lib/sites/adapter';
import { placeStack, type Corner, type Rect } from '@/lib/overlay/placement';
import { firstMatch } from '@/lib/sites/extract';

/** smaller than this is a preview or an ad, not the stream */
const MIN_WIDTH = 200;
const MIN_HEIGHT = 120;

function box(el: Element | null): Rect | null {
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return r.width >= MIN_WIDTH && r.height >= MIN_HEIGHT ? { x: r.left, y: r.top, width: r.width, height: r.height } : null;
}

export function stageRect(adapter: SiteAdapter, doc: Document = document): Rect | null {
  const described = box(firstMatch(doc, adapter.descriptor.selectors.video ?? []));
  if (described) return described;
  let best: Rect | null = null;
  for (const v of doc.querySelectorAll('video')) {
    const r = box(v);
    if (r && (!best || r.width * r.height > best.width * best.height)) best = r;
  }
  return best;
}

/** the pop-up stack's corner for a stack this tall, off the centre of the video (lib/overlay/placement.ts) */
export function popupCorner(adapter: SiteAdapter): (stackHeight: number) => Corner {
  return (stackHeight) => {
    const root = document.documentElement;
    const viewport = { width: root.clientWidth || window.innerWidth, height: root.clientHeight || window.innerHeight };
    return placeStack(viewport, stageRect(adapter), stackHeight).corner;
  };
}
