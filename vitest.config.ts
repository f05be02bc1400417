import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// WxtVitest does not apply wxt.config's vite plugins (testing.md), so preact is added here too.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/dom/**/*.test.{ts,tsx}', 'server/tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Server suites start PGlite (WASM) in beforeAll: ~2 s idle, >10 s on a 2-core machine under load.
    hookTimeout: 60_000,
  },
});
