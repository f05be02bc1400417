/**
 * A site adapter = its declarative descriptor + the few bits of extraction that cannot be
 * declarative (room id from the URL, quirks of a row's markup). Everything else is generic
 * (lib/sites/extract.ts) so a bundle override of selectors is enough to follow a redesign.
 */
import type { SiteDescriptor } from './descriptor';

export interface ChatLine {
  id: string;
  author?: string;
  text: string;
  /** a platform notice row (kept as benign context, not scanned as chat) */
  system?: boolean;
  /** gift / like / entry rows carry no text worth scanning */
  kind?: 'chat' | 'gift' | 'other';
}

export interface SiteAdapter {
  descriptor: SiteDescriptor;
  /** the live room on this URL, or null when the page is not a live room */
  roomId(url: URL): string | null;
  /** the host's account id when the URL itself says (e.g. twitch.tv/<login>) */
  hostIdFromUrl?(url: URL): string | null;
  /** rows whose markup needs more than the generic selectors */
  readChatRow?(row: Element): ChatLine | null;
  /** room facts the page holds outside its DOM (server-rendered JSON), used where selectors find none */
  roomFromPage?(doc: Document): { title?: string | null; hostName?: string | null; viewers?: number | null };
  /** this frame only carries chat (YouTube's live_chat iframe) */
  isChatFrame?(url: URL): boolean;
}
