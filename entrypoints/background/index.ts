// Wiring only (design.md): each concern registers itself from lib/.
import { registerProtection } from '@/lib/protection/background';

export default defineBackground(() => {
  registerProtection();
  browser.runtime.onInstalled.addListener(() => {
    // placeholder for first-run work (default bundle is built in; nothing to fetch here)
  });
});
