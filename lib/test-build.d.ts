/** true only in LIVEGUARD_TEST_BUILD=1 builds (wxt.config.ts `define`); release builds drop what it guards. */
declare const __LG_TEST_BUILD__: boolean;
