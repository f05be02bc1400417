/**
 * Page-level CSS of protection mode (R-MINOR-10). A stylesheet, not per-element edits: it also
 * hides tip and buy buttons the site renders later, costs nothing per mutation, and is put back if
 * the page removes it. Selectors come from the site adapter (data, never page text).
 */
import { validSelector } from '@/lib/sites/override';

export const GATED_CLASS = 'liveguard-protection-gated';

export function hidingCss(selectors: string[]): string {
  const valid = selectors.filter(validSelector);
  return valid.length ? `${valid.join(',\n')} { display: none !important; }\n` : '';
}

/** While a gate is up the page body is invisible and inert; the room's UI host sits outside <body>. */
export const GATE_CSS = `html.${GATED_CLASS} body { visibility: hidden !important; pointer-events: none !important; }\nhtml.${GATED_CLASS} { overflow: hidden !important; }\n`;

