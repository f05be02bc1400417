/**
 * Visible text of a page element, with emoji images as their alt code ("[捂脸]") so evasions
 * written with emoji stay visible to the scanner. Reads textContent only: page content is hostile.
 */
export function elementText(el: Element | null | undefined): string {
  if (!el) return '';
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
