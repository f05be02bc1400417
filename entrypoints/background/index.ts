import { setupComplaints } from '@/lib/complaints/background';

// Wiring only (design.md): each concern registers itself from lib/.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    // placeholder for first-run work (default bundle is built in; nothing to fetch here)
  });
  setupComplaints();
});
