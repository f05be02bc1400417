import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { LIVE_SITE_MATCHES } from './lib/sites/match-patterns';
import { buildLocaleMessages } from './lib/locales-build';
import { stabiliseWxtDir } from './scripts/lib/stable-wxt-dir';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// A test build (LIVEGUARD_TEST_BUILD=1) may add permissions that a user would grant by gesture,
// e.g. <all_urls> so e2e can call captureVisibleTab without a toolbar click. Tests say so.
const testBuild = process.env.LIVEGUARD_TEST_BUILD === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The test build goes to its own folder so it can never be mistaken for a release.
  // LG_OUT_DIR: a one-off build elsewhere (the sync e2e builds one embedding the demo bundle key).
  outDir: process.env.LG_OUT_DIR || (testBuild ? '.output-test' : '.output'),
  hooks: {
    // one .wxt/tsconfig.json for every output folder, so builds never rewrite it under a running tsc/vitest
    'prepare:types': (_wxt, entries) => stabiliseWxtDir(entries),
    // The content script uses the browser's own promise API (MV3 Chrome/Edge `chrome.*`, Firefox
    // `browser.*`) instead of webextension-polyfill, 9.6 KB of every room page (issue 13). It calls
    // only runtime.id/getURL/sendMessage, i18n.getMessage and runtime.onMessage, whose listener
    // answers through sendResponse (lib/messaging-content.ts), so the polyfill's promise-returning
    // listeners are not needed there. Background and pages keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias as Record<string, string> | undefined;
      if (!alias || alias['wxt/browser'] !== '@wxt-dev/webextension-polyfill/browser') throw new Error('wxt.config: the polyfill alias moved; check the content-script browser path');
      alias['wxt/browser'] = createRequire(import.meta.url).resolve('wxt/browser');
      // WXT's entry wrapper builds the context main() gets from this module; ours keeps what the
      // script uses (entrypoints/live.content/context.ts, issue 13: -3.4 KB on every room page).
      const wrapper = join(dirname(createRequire(import.meta.url).resolve('wxt')), 'virtual/content-script-isolated-world-entrypoint.mjs');
      if (!readFileSync(wrapper, 'utf8').includes('from "wxt/utils/content-script-context"')) {
        throw new Error('wxt.config: the content-script entry no longer imports wxt/utils/content-script-context; check the context alias');
      }
      alias['wxt/utils/content-script-context'] = resolve('entrypoints/live.content/context.ts');
    },
    'build:publicAssets': (_wxt, files) => {
      for (const [lang, messages] of Object.entries(buildLocaleMessages('locales'))) {
        files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: JSON.stringify(messages, null, 1) });
      }
    },
  },
  vite: () => ({
    plugins: [preact()],
    // Test-only hooks (e.g. the protection-mode test clock) are behind this constant, so a release
    // build drops them as dead code.
    define: { __LG_TEST_BUILD__: JSON.stringify(testBuild) },
    // LG_SOURCEMAP=1: maps beside the scripts (not linked from them), so the overlay bench can name
    // the minified functions in its profile. Never set for a release build.
    build: { sourcemap: process.env.LG_SOURCEMAP === '1' ? 'hidden' : false },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'activeTab', 'contextMenus'],
    host_permissions: [...LIVE_SITE_MATCHES, ...(testBuild ? ['<all_urls>'] : [])],
    // Asked only when the viewer turns on "screenshot when filing from the overlay" in the options:
    // captureVisibleTab needs activeTab (a toolbar/menu/shortcut gesture) or <all_urls> (R-COMPLAINT-17).
    ...(manifestVersion === 2 ? { optional_permissions: ['<all_urls>'] } : { optional_host_permissions: ['<all_urls>'] }),
    commands: {
      'capture-evidence': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_commandCaptureEvidence__',
      },
    },
    // Guardian policy through managed storage (R-MINOR-11, docs/protection-policy.md). Chrome reads
    // this schema; Firefox takes managed storage from policies.json "3rdparty" without one.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    // Pages that take a secret or personal data (the gate's PIN, the complaint form) are framed from
    // the extension so the page reads neither keystrokes nor values (issue 14). Chrome serves them
    // only under a per-session dynamic id, so a page cannot probe for LiveGuard by a fixed URL;
    // Firefox's moz-extension UUID is already random per install.
    web_accessible_resources: [
      { resources: ['protection-pin.html', 'complaint-form.html', 'room-chart.html'], matches: [...LIVE_SITE_MATCHES], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'liveguard@liveguard.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
