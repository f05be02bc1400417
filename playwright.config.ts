import { defineConfig } from '@playwright/test';

// Real Chromium (Debian's /usr/bin/chromium) with the built extension; see tests/e2e/harness.ts.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /.*\.spec\.ts/,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // toHaveScreenshot compares with the committed store screenshots (store-screenshots.spec.ts);
  // `npm run screenshots` rewrites them
  snapshotPathTemplate: '{testDir}/../../docs/screenshots/{arg}{ext}',
  fullyParallel: false,
  // Two files at a time: each test launches its own browser and spends most of its time waiting
  // (chat intervals, polling), so two workers on a 2-core machine cut the suite from ~6.3 to ~4.2
  // minutes with 55/55 passing under load average 6-7. LG_PW_WORKERS=1 for a serial run.
  workers: Number(process.env.LG_PW_WORKERS ?? 2),
  retries: 0,
  reporter: process.env.LG_PW_JSON ? [['list'], ['json', { outputFile: process.env.LG_PW_JSON }]] : [['list']],
});
