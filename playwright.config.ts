import { defineConfig } from '@playwright/test';

// Real Chromium (Debian's /usr/bin/chromium) with the built extension; see tests/e2e/harness.ts.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /.*\.spec\.ts/,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1, // 2-core machines; every test launches its own browser
  retries: 0,
  reporter: process.env.LG_PW_JSON ? [['list'], ['json', { outputFile: process.env.LG_PW_JSON }]] : [['list']],
});
