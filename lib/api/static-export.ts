/**
 * A static copy of the public API (issue 22, `npm run admin -- export-static DIR`): files any CDN
 * or object store can serve. Every file but the manifest has a content-hash name (cacheable
 * forever); the manifest is small, short-lived and Ed25519-signed like a bundle envelope, so a
 * static host cannot swap files. Credit bucket files hold exactly the body of
 * `GET /v1/credit/<bucket>` (CreditResponseSchema), so one parser reads the live and the static
 * origin; a client holding a longer prefix reads its first `bucketHex` chars' bucket and matches
 * its full hash locally, as it does with the live answer. A bucket absent from the manifest is empty.
 */
import { z } from 'zod';

export const STATIC_FORMAT = 'liveguard-static-1';
const relPath = z.string().regex(/^[a-z]+\/[0-9a-z.-]+\.json$/);

export const StaticManifestSchema = z
  .object({
    format: z.literal(STATIC_FORMAT),
    exportedAt: z.iso.datetime(),
    /** current bundle version, 0 when none is published */
    bundleVersion: z.number().int().nonnegative(),
    /** the signed full-bundle envelope, as GET /v1/bundle answers */
    bundle: relPath.nullable(),
    /** signed delta envelopes from each listed version to bundleVersion (GET /v1/bundle?since=N) */
    deltas: z.record(z.string().regex(/^\d{1,9}$/), relPath),
    credit: z
      .object({
        bucketHex: z.number().int().min(4).max(8),
        records: z.number().int().nonnegative(),
        buckets: z.record(z.string().regex(/^[0-9a-f]{4,8}$/), relPath),
      })
      .strict(),
  })
  .strict();
export type StaticManifest = z.infer<typeof StaticManifestSchema>;

/** manifest.json: the manifest as a string payload with its signature (same key and keyId as the bundle's). */
export const SignedManifestSchema = z
  .object({
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
    payload: z.string().max(64 * 1024 * 1024),
  })
  .strict();
export type SignedManifest = z.infer<typeof SignedManifestSchema>;
