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
    // Server suites start PGlite (WASM) in beforeAll, from a saved initdb data directory
    // (server/tests/pglite-template.ts): ~4 s of CPU each, far more wall time on a loaded 2-core machine.
    hookTimeout: 60_000,
  },
});
