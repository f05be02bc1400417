/**
 * The public key the extension trusts for bundle signatures (R-SYNC-22). The default is the
 * production key (its private half is never in the repo). Demo and test builds override it at
 * build time with WXT_LIVEGUARD_BUNDLE_PUBKEY (WXT exposes WXT_* env vars via import.meta.env).
 */
export const PRODUCTION_BUNDLE_PUBKEY = '7DHyVZhSS/+0nXopZVeCO7kNPq+GmQ0vD8/E2lSlmTA=';

const env = (import.meta as unknown as { env?: Record<string, string | undefined> }).env ?? {};
export const BUNDLE_PUBKEY: string = env.WXT_LIVEGUARD_BUNDLE_PUBKEY || PRODUCTION_BUNDLE_PUBKEY;

/**
 * Key rotation (docs/sync-recovery.md): a build may also trust the NEXT key, whose private half is
 * kept offline. The server switches to it when the current key is retired or lost, and clients
 * already carry it; the envelope's keyId picks which key checks a signature.
 */
export const BUNDLE_PUBKEYS: readonly string[] = [BUNDLE_PUBKEY, ...(env.WXT_LIVEGUARD_BUNDLE_PUBKEY_NEXT ? [env.WXT_LIVEGUARD_BUNDLE_PUBKEY_NEXT] : [])];
