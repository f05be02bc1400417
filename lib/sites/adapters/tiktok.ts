/** TikTok LIVE (sites.md §5): data-e2e hooks are stable; everything else is a styled-components hash. */
import { defineAdapter } from '../define-adapter';
import { tiktokSite } from '../descriptors/tiktok';

export const tiktok = defineAdapter(tiktokSite);
