// Wiring only (design.md): each concern registers itself from lib/.
import { registerProtection } from '@/lib/protection/background';
import { registerSync } from '@/lib/sync/background';
import { setupComplaints } from '@/lib/complaints/background';
import { registerCredit } from '@/lib/credit/background';
import { registerPriceHistory } from '@/lib/price-history/background';

export default defineBackground(() => {
  registerProtection();
  registerSync();
  setupComplaints();
  registerCredit();
  registerPriceHistory();
});
