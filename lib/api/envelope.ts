/**
 * Signed envelope (R-SYNC-22): every bundle or delta the API serves is wrapped so the extension can
 * check an Ed25519 signature over the exact payload bytes BEFORE parsing them. The payload stays a
 * string so the signed bytes are unambiguous (no JSON re-serialisation differences).
 */
import { z } from 'zod';

export const ENVELOPE_VERSION = 1;

export const SignedEnvelopeSchema = z
  .object({
    envelope: z.literal(ENVELOPE_VERSION),
    /** 'full' = a BundleSchema payload, 'delta' = a BundleDeltaSchema payload, 'reset' = a ResetSchema payload (reset.ts) */
    kind: z.enum(['full', 'delta', 'reset']),
    /** first 16 hex of SHA-256(public key), lets a client say which key it lacks */
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    /** base64 Ed25519 signature over the UTF-8 bytes of `payload` */
    signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
    payload: z.string().max(64 * 1024 * 1024),
  })
  .strict();
export type SignedEnvelope = z.infer<typeof SignedEnvelopeSchema>;
