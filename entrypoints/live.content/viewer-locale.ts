/**
 * The overlay speaks the language the viewer chose on the welcome page or the options
 * (viewerPrefs.locale, issue 18 item 4), not only the browser's. This script may not read extension
 * storage (docs/architecture.md), so it asks the background once, before the room's first render
 * (called after the rules came, so the background is awake); the request carries nothing about the
 * page. No answer leaves the browser's language.
 */
import { send } from '@/lib/messaging-content';
import { useMessageTable } from '@/lib/i18n';

export const applyChosenLocale = (): Promise<unknown> =>
  send('viewerLocale:get', {}).then(
    (r) => r.locale && r.messages && useMessageTable(r.locale, r.messages),
    () => undefined,
  );
