// Wiring only (design.md): each concern registers itself from lib/.
import { registerProtection } from '@/lib/protection/background';
import { registerSync } from '@/lib/sync/background';

export default defineBackground(() => {
  registerProtection();
  registerSync();
  browser.runtime.onInstalled.addListener(() => {
    // placeholder for first-run work (default bundle is built in; nothing to fetch here)
  });
});
