/**
 * Visible text of a page element, with emoji images as their alt code ("[捂脸]") so evasions
 * written with emoji stay visible to the scanner. Reads textContent only: page content is hostile.
 */
export function elementText(el: Element | null | undefined): string {
  if (!el) return '';
  // most chat rows hold only text: one native textContent instead of a JS walk per node (issue 5
  // bench: the walk was the content script's largest single cost). Exactly the walk's result when
  // no descendant is an IMG, SCRIPT or STYLE (both spellings catch non-HTML elements too) and the
  // page is HTML (an XML page may hold CDATA sections, which textContent reads and the walk skips).
  // (an element with no element children, e.g. a chat row's text span, needs no query for them)
  if (el.ownerDocument?.contentType === 'text/html' && !SKIPPED_OR_ALT.has(el.tagName) && (!el.firstElementChild || !el.querySelector(SPECIAL))) {
    return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  return walkedText(el);
}
const SKIPPED_OR_ALT = new Set(['IMG', 'SCRIPT', 'STYLE']);
const SPECIAL = 'img, script, style, IMG, SCRIPT, STYLE';

/** the definition: text nodes in order, IMG as its alt, SCRIPT and STYLE skipped */
export function walkedText(el: Element): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const e = n as Element;
      if (e.tagName === 'IMG') out += e.getAttribute('alt') ?? '';
      else if (e.tagName !== 'SCRIPT' && e.tagName !== 'STYLE') e.childNodes.forEach(walk);
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}
