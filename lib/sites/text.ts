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
  if (isHtml(el.ownerDocument) && !SKIPPED_OR_ALT.has(el.tagName) && (!el.firstElementChild || !el.querySelector(SPECIAL))) {
    return collapseSpace(el.textContent ?? '');
  }
  return walkedText(el);
}

/** a document's content type never changes: asked once per document, not once per element read (issue 13) */
const HTML_DOCS = new WeakMap<Document, boolean>();
function isHtml(doc: Document | null): boolean {
  if (!doc) return false;
  let html = HTML_DOCS.get(doc);
  if (html === undefined) HTML_DOCS.set(doc, (html = doc.contentType === 'text/html'));
  return html;
}

/**
 * s.replace(/\s+/g, ' ').trim(), without the regex pass when it would change nothing: no white
 * space but lone ASCII spaces between other characters (most chat text; issue 13, every row is read)
 */
export function collapseSpace(s: string): string {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 ? i === 0 || i === last || s.charCodeAt(i + 1) === 0x20 : isSpace(c)) return s.replace(/\s+/g, ' ').trim();
  }
  return s;
}
/** JavaScript's \s (and trim's white space) other than U+0020 */
function isSpace(c: number): boolean {
  return c <= 0x20 ? c >= 0x09 && c <= 0x0d : c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
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
