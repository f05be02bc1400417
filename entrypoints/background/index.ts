// Wiring only (design.md): each concern registers itself from lib/.
import { registerProtection } from '@/lib/protection/background';
import { registerSync } from '@/lib/sync/background';
import { setupComplaints } from '@/lib/complaints/background';
import { registerCredit } from '@/lib/credit/background';
import { registerPriceHistory } from '@/lib/price-history/background';
import { registerRoomPause } from '@/lib/room-pause/background';
import { registerViewerLocale } from '@/lib/viewer-locale/background';
import { BUILT_IN_SCANNER_DATA } from '@/lib/detect/built-in-data';
import { registerFirstRun } from './first-run';

export default defineBackground(() => {
  registerProtection();
  // the content script scans with these, handed over with the rules (issue 13)
  registerSync(BUILT_IN_SCANNER_DATA);
  setupComplaints();
  registerCredit();
  registerPriceHistory();
  registerRoomPause();
  registerViewerLocale();
  registerFirstRun();
});
