/**
 * Shared by the complaint e2e (Chromium) and the Firefox test (issue 23): open an exported ZIP,
 * write its files out, and check report.html the way a regulator would read it: no raw schema
 * word, times with the zone named, the product's fields parsed. Also turns a PDF into text and its
 * first page into a PNG with poppler-utils (pdftotext, pdftoppm; .ci/run installs them).
 */
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export async function unpackExport(zipPath: string): Promise<{ dir: string; json: { complaints: Array<{ evidence: { capturedAt: number; recordHash: string; product: unknown } }> }; html: string }> {
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  const dir = mkdtempSync(join(tmpdir(), 'lg-report-'));
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    const out = join(dir, name);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, await entry.async('uint8array'));
  }
  return { dir, json: JSON.parse(readFileSync(join(dir, 'complaints.json'), 'utf8')), html: readFileSync(join(dir, 'report.html'), 'utf8') };
}

/** pdftotext per page (form feeds split pages) */
export function pdfPages(pdfPath: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
}

export function pdfFirstPagePng(pdfPath: string, pngPath: string) {
  mkdirSync(dirname(pngPath), { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfPath, pngPath.replace(/\.png$/, '')]);
}

/** Where the e2e writes the README's screenshots: docs/screenshots with LG_DOCS_SCREENSHOTS=1, else a temp dir. */
export function screenshotDir(): string {
  return process.env.LG_DOCS_SCREENSHOTS === '1' ? 'docs/screenshots' : mkdtempSync(join(tmpdir(), 'lg-shots-'));
}

/** The demo room with a product card the site's selectors cannot split (issue 23's "纯棉T恤 男女同款¥59¥79全部商品"). */
export function withUnsplitCard(roomHtml: string): string {
  const card = /<div id="EcmoCardLayout"[^>]*>[\s\S]*?<button class="goods-buy">立即抢<\/button>\s*<\/div>\s*<\/div>/;
  if (!card.test(roomHtml)) throw new Error('the demo room card changed: update withUnsplitCard');
  return roomHtml.replace(card, '<div id="EcmoCardLayout" data-liveguard-demo="product-card"><div><span>纯棉T恤 男女同款</span><span>¥59</span><span>¥79</span><button>全部商品</button></div></div>');
}
