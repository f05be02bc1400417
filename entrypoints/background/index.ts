// Wiring only (design.md): each concern registers itself from lib/.
import { registerSync } from '@/lib/sync/background';
export default defineBackground(() => {
  registerSync();
  browser.runtime.onInstalled.addListener(() => {
    // placeholder for first-run work (default bundle is built in; nothing to fetch here)
  });
});
