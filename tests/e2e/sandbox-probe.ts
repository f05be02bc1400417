/**
 * Run by start.spec as an ordinary user: launch Chromium with npm start's own flags
 * (scripts/lib/browser-launch.ts) and the built extension, and print one JSON line: the flags, the
 * extension's service worker, and what chrome://sandbox says.
 * Usage: node --import tsx tests/e2e/sandbox-probe.ts <extension dir>
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchFlags } from '../../scripts/lib/browser-launch';
import { chromiumPath } from './browser-path';

const flags = launchFlags({ isRoot: process.getuid?.() === 0, extensionDir: resolve(process.argv[2]) });
const dir = mkdtempSync(join(tmpdir(), 'lg-sandbox-probe-'));
const context = await chromium.launchPersistentContext(dir, { executablePath: chromiumPath(), headless: true, chromiumSandbox: flags.chromiumSandbox, args: flags.args });
try {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const page = await context.newPage();
  await page.goto('chrome://sandbox');
  await page.getByText('sandboxed').first().waitFor({ timeout: 10_000 });
  const sandbox = await page.locator('body').innerText();
  console.log(JSON.stringify({ uid: process.getuid?.(), flags, serviceWorker: sw.url(), sandbox }));
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}
