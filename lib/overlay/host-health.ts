/**
 * Is our UI host still on screen as we put it there? The page is the party LiveGuard warns about
 * (issue 14): it may remove the host, hide it (attributes, inline style, stylesheets) or draw
 * something over it. The content script takes a snapshot; this pure rule says what is wrong, so
 * the glue can put it right (entrypoints/live.content/ui-host/keep-host.ts).
 */

/** The attributes we set on the host; anything else the page added (hidden, inert, popover, class…) goes. */
export const HOST_ATTRIBUTES = ['style'] as const;

export interface HostSnapshot {
  connected: boolean;
  attributes: string[];
  /** the host's inline style is the one we set */
  styleIntact: boolean;
  computed: { display: string; visibility: string; opacity: string; contentVisibility?: string; filter?: string; transform?: string; clipPath?: string };
  /** an element of the page is the topmost at the centre of one of our visible boxes */
  covered: boolean;
  /** an ancestor (html) carries `inert`, so our buttons would take no input */
  inertAncestor: boolean;
}

export type HostProblem = 'removed' | 'attributes' | 'style' | 'hidden' | 'covered' | 'inert';

const isNone = (v: string | undefined) => v === undefined || v === '' || v === 'none';

export function hostProblems(s: HostSnapshot): HostProblem[] {
  if (!s.connected) return ['removed'];
  const out: HostProblem[] = [];
  if (s.attributes.some((a) => !(HOST_ATTRIBUTES as readonly string[]).includes(a))) out.push('attributes');
  if (!s.styleIntact) out.push('style');
  const c = s.computed;
  if (
    c.display === 'none' ||
    c.visibility === 'hidden' ||
    c.visibility === 'collapse' ||
    (c.opacity !== '' && Number(c.opacity) < 1) ||
    (c.contentVisibility !== undefined && c.contentVisibility !== 'visible') ||
    !isNone(c.filter) ||
    !isNone(c.transform) ||
    !isNone(c.clipPath)
  )
    out.push('hidden');
  if (s.covered) out.push('covered');
  if (s.inertAncestor) out.push('inert');
  return out;
}
