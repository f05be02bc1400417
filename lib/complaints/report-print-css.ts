/**
 * The report's stylesheet (issue 23): on screen a plain page; printed, A4 with each complaint on
 * its own page, the screenshot scaled to fit beside its table, long digests wrapped, and the
 * appendix of digests starting on a fresh page. Inline because the report's CSP allows no files.
 */
export const REPORT_PRINT_CSS = [
  'body{font:14px/1.5 system-ui,"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;margin:2em;color:#111}',
  'table{border-collapse:collapse;width:100%}',
  'th,td{border:1px solid #999;padding:3px 6px;text-align:left;vertical-align:top;white-space:pre-wrap;overflow-wrap:anywhere}',
  'th{width:28%;background:#f3f3f3}',
  '.warn{color:#b00}.note{color:#444;font-size:12px}.id{color:#666;font-size:11px;margin:0}',
  'img.shot{max-width:100%;max-height:60vh;object-fit:contain;border:1px solid #999}',
  '.hashes td{font-family:ui-monospace,monospace;font-size:11px}',
  'ol.chat,ol.findings{font-size:12px}',
  '@page{size:A4;margin:14mm}',
  '@media print{',
  'body{margin:0;font-size:10.5px;line-height:1.35}',
  'h1{font-size:16px;margin:0 0 4px}h2{font-size:14px;margin:0 0 4px}h3{font-size:12px;margin:6px 0 2px}h4{font-size:11px;margin:4px 0 2px}',
  // one complaint per page: the cover shares the first page with complaint 1
  'section.complaint{break-after:page;page-break-after:always}',
  'section.appendix{break-before:page;page-break-before:always}',
  'img.shot{max-height:75mm;max-width:100%;display:block}',
  'ol.chat,ol.findings{font-size:9px;columns:2;column-gap:6mm}',
  'ol.chat li,ol.findings li,tr{break-inside:avoid}',
  'a{color:inherit;text-decoration:none}',
  '}',
].join('\n');
