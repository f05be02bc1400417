/** TikTok LIVE (sites.md §5): data-e2e hooks are stable; everything else is a styled-components hash. */
import type { AdapterCode } from '../define-adapter';

/** nothing beyond the generic reading of its descriptor's selectors */
export const tiktokCode: AdapterCode = {};
