/**
 * Builds the privacy-safe skeleton of a page (issue 17, schema.ts). Reads tag names, class
 * tokens, data-* attribute names and ids; never text, attribute values, links or images. Tokens
 * that may carry a user or message id (a run of 4+ digits, long base64-like ids) are dropped.
 */
import type { SiteId } from '../../model';
import type { Skeleton, SkeletonNode, SkeletonRole } from './schema';
import { SKELETON_VERSION } from './version';

const MAX_DEPTH = 60;
const MAX_NODES = 6000;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta', 'svg', 'path']);
const SAFE_TOKEN = /^[A-Za-z_-][A-Za-z0-9_-]{0,63}$/;
/** ids and classes that may name a person or a message: long digit runs, or long mixed-case hashes with digits */
const MAY_IDENTIFY = /\d{4,}|^(?=.*\d)(?=.*[a-z])(?=.*[A-Z])[A-Za-z0-9_-]{20,}$/;

export const safeToken = (t: string) => SAFE_TOKEN.test(t) && !MAY_IDENTIFY.test(t);

function signature(n: SkeletonNode): string {
  return JSON.stringify(n);
}

export function buildSkeleton(doc: Document, site: SiteId, roles: Map<Element, SkeletonRole> = new Map(), now = new Date()): Skeleton {
  let elements = 0;
  let kept = 0;
  const visit = (el: Element, depth: number): SkeletonNode | null => {
    elements++;
    const tag = el.localName.toLowerCase();
    if (SKIP.has(tag) || tag.startsWith('liveguard') || kept >= MAX_NODES) return null;
    kept++;
    const node: SkeletonNode = { tag: /^[a-z][a-z0-9-]{0,63}$/.test(tag) ? tag : 'x-unknown' };
    if (el.id && safeToken(el.id)) node.id = el.id;
    const classes = [...el.classList].filter(safeToken).slice(0, 40);
    if (classes.length) node.classes = classes;
    const data = el
      .getAttributeNames()
      .filter((a) => /^data-[a-z0-9_.-]{1,60}$/.test(a) && !a.startsWith('data-liveguard-mark') && a !== 'data-liveguard-label')
      .slice(0, 40);
    if (data.length) node.data = data;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3 && (c.nodeValue ?? '').trim()) {
        node.text = true;
        break;
      }
    }
    const role = roles.get(el);
    if (role) node.role = role;
    if (depth < MAX_DEPTH) {
      const kids: SkeletonNode[] = [];
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
        const k = visit(c, depth + 1);
        if (!k) continue;
        // fold runs of identical siblings (chat rows, feed cards) into one node with a count
        const last = kids[kids.length - 1];
        if (last && signature({ ...last, repeat: undefined }) === signature(k)) last.repeat = (last.repeat ?? 1) + 1;
        else kids.push(k);
      }
      if (kids.length) node.children = kids;
    }
    return node;
  };
  const root = visit(doc.body ?? doc.documentElement, 0) ?? { tag: 'body' };
  return { liveguardSkeleton: SKELETON_VERSION, site, capturedOn: now.toISOString().slice(0, 10), counts: { elements, kept }, root };
}
