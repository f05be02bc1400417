/**
 * The overlay speaks the language the viewer chose on the welcome page or the options
 * (viewerPrefs.locale, issue 18 item 4), not only the browser's. This script may not read extension
 * storage (docs/architecture.md), so it asks the background once, before the room's first render;
 * the request carries nothing about the page. No answer (a background waking up, an old one)
 * leaves the browser's language: the overlay never waits on it for long.
 */
import { send } from '@/lib/messaging-content';
import { useMessageTable } from '@/lib/i18n';

export async function applyChosenLocale(timeoutMs = 1500): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
  const reply = await Promise.race([send('viewerLocale:get', {}).catch(() => null), late]);
  clearTimeout(timer);
  if (reply?.locale && reply.messages) useMessageTable(reply.locale, reply.messages);
}
