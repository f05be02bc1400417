/**
 * Chromium with a demo-key test build (tests/demo-key-build.ts) and the credit fixture sites served
 * at their real URLs (YouTube's chat frame too); loopback passes, everything else is blocked. The
 * credit-badges and static-origin specs start from it.
 */
import type { BrowserContext, Worker } from '@playwright/test';
import { blockUnrouted, fixture, launchWithExtension } from './harness';
import { CREDIT_SITES } from './credit-sites';

export async function launchOnCreditSites(extDir: string): Promise<{ context: BrowserContext; userDataDir: string; sw: Worker; extensionId: string }> {
  const { context, userDataDir } = await launchWithExtension(extDir);
  await blockUnrouted(context, [/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/]);
  const chat = fixture('sites/youtube-chat.html');
  for (const s of Object.values(CREDIT_SITES)) {
    const body = fixture(s.fixture);
    await context.route(s.glob, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: r.request().url().includes('/live_chat') ? chat : body }));
  }
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, userDataDir, sw, extensionId: new URL(sw.url()).host };
}
