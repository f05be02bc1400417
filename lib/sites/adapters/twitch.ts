/** Twitch (sites.md §6): data-a-target / data-test-selector hooks; the channel login is in the URL. */
import type { AdapterCode } from '../define-adapter';

/** nothing beyond the generic reading of its descriptor's selectors */
export const twitchCode: AdapterCode = {};
