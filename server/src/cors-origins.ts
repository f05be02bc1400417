/**
 * Which browser origins may call POST /v1/reports (R-SYNC-23). Only the extension's own pages
 * and background send reports; a website must not be able to make its visitors post reports
 * from their addresses, so web origins get no CORS grant and a 403 on the request itself.
 *
 * Configured with LIVEGUARD_EXTENSION_ORIGINS (comma-separated): exact origins such as
 * `chrome-extension://<store id>`, or `<scheme>://*` for any extension of that browser. Firefox
 * gives every install its own random moz-extension UUID, so Firefox can only be allowed by scheme.
 * Default: any extension origin (chrome-extension://*, moz-extension://*), never a web page.
 */
export const DEFAULT_EXTENSION_ORIGINS = ['chrome-extension://*', 'moz-extension://*'] as const;
const EXTENSION_SCHEMES = new Set(['chrome-extension', 'moz-extension', 'safari-web-extension']);

export type OriginPolicy = (origin: string) => boolean;

export function parseExtensionOrigins(spec: string | undefined): string[] {
  const list = (spec ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (!list.length) return [...DEFAULT_EXTENSION_ORIGINS];
  for (const o of list) {
    const m = /^([a-z-]+):\/\/([^/]+)$/.exec(o);
    if (!m || !EXTENSION_SCHEMES.has(m[1]!)) {
      throw new Error(`LIVEGUARD_EXTENSION_ORIGINS: '${o}' is not an extension origin (chrome-extension://ID, moz-extension://*, …)`);
    }
  }
  return list;
}

export function originPolicy(allowed: readonly string[]): OriginPolicy {
  const exact = new Set(allowed.filter((o) => !o.endsWith('://*')));
  const schemes = new Set(allowed.filter((o) => o.endsWith('://*')).map((o) => o.slice(0, -'://*'.length)));
  return (origin) => {
    if (exact.has(origin)) return true;
    const m = /^([a-z-]+):\/\/[a-zA-Z0-9._-]+$/.exec(origin);
    return !!m && schemes.has(m[1]!);
  };
}
