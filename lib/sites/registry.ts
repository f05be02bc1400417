/** All site adapters, and picking one for a URL (with the bundle's selector overrides applied). */
import type { SiteAdapter } from './adapter';
import { applyOverride } from './override';
import { douyin } from './adapters/douyin';
import { kuaishou } from './adapters/kuaishou';
import { taobao } from './adapters/taobao';
import { bilibili } from './adapters/bilibili';
import { tiktok } from './adapters/tiktok';
import { youtube } from './adapters/youtube';
import { twitch } from './adapters/twitch';

export const ADAPTERS: readonly SiteAdapter[] = [douyin, kuaishou, taobao, bilibili, tiktok, youtube, twitch];

export function adapterForUrl(url: URL, overrides: Record<string, unknown> = {}, warn: (msg: string) => void = () => {}): SiteAdapter | null {
  const base = ADAPTERS.find((a) => a.descriptor.hosts.includes(url.hostname));
  if (!base) return null;
  const { descriptor, error } = applyOverride(base.descriptor, overrides[base.descriptor.id]);
  if (error) warn(`LiveGuard: ${error}; keeping the built-in selectors`);
  return descriptor === base.descriptor ? base : { ...base, descriptor };
}
