/**
 * Print one part of the options page (the recovery code, the guardian's log, a refund request):
 * index.html's print rules show only the element marked data-print-part="<part>".
 */
export function printPart(part: string) {
  document.body.dataset.print = part;
  window.addEventListener('afterprint', () => delete document.body.dataset.print, { once: true });
  window.print();
}
