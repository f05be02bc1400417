/** The product's price history as complaint evidence (issue 19): what this browser saw, by the card's title. */
import type { LiveGuardDb } from '../db/database';
import { pointsByTitle } from '../db/price-points';
import { productKey } from '../price/product-key';
import type { PriceEvidencePoint } from '../price/schema';
import type { Product } from './schema';
import type { SiteId } from '../model';

export async function productHistory(db: LiveGuardDb, site: SiteId, product: Product | null): Promise<PriceEvidencePoint[]> {
  if (!product?.title) return [];
  try {
    const rows = await pointsByTitle(db, productKey(site, null, product.title));
    return rows.map(({ key: _k, titleKey: _t, site: _s, ...p }) => p);
  } catch (e) {
    // the history is a help, never a reason to lose a filing
    console.warn('[LiveGuard] price history for evidence', e);
    return [];
  }
}
