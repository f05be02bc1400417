/** Twitch (sites.md §6): data-a-target / data-test-selector hooks; the channel login is in the URL. */
import { defineAdapter } from '../define-adapter';
import { twitchSite } from '../descriptors/twitch';

export const twitch = defineAdapter(twitchSite);
