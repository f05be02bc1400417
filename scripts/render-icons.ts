/**
 * `npm run icons`: rasterise the icon source (scripts/icons/liveguard.svg) to the PNG sizes the
 * manifests use (public/icon/{16,32,48,96,128}.png; WXT picks them up by name), with the Chromium
 * already installed for the e2e (no image library added). Reproducible: same SVG and Chromium →
 * same pixels (--disable-gpu, device scale 1, transparent background).
 */
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { findBrowser } from './lib/browser-discovery';
import { currentHost } from './lib/host';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
const SOURCE = 'scripts/icons/liveguard.svg';

async function main() {
  const found = findBrowser(currentHost());
  if (!found) throw new Error('no Chromium found: set CHROME_PATH');
  const svg = readFileSync(SOURCE, 'utf8');
  const browser = await chromium.launch({ executablePath: found.path, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}" style="display:block">`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      writeFileSync(`public/icon/${size}.png`, png);
      console.log(`public/icon/${size}.png ${png.length} bytes`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}
await main();
