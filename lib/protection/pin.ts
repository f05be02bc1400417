/**
 * Guardian PIN hashing (R-MINOR-11): salted PBKDF2-SHA256 through WebCrypto, so the same code runs
 * in the background, in Node tests and in the policy-hash CLI. The PIN itself is never stored;
 * only {salt, iterations, hash}. Comparison is constant-time over the derived bytes so a timing
 * side channel cannot reveal how many leading bytes matched.
 */
import { z } from 'zod';
import { fromBase64, toBase64 } from '../shared/base64';

/** OWASP's 2023 floor for PBKDF2-SHA256 is 600k; 200k is our minimum, 310k the default (≈100 ms). */
export const MIN_ITERATIONS = 200_000;
export const DEFAULT_ITERATIONS = 310_000;
const HASH_BYTES = 32;
const SALT_BYTES = 16;

export const PinRecordSchema = z.object({
  algo: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(MIN_ITERATIONS).max(10_000_000),
  /** base64 */
  salt: z.string().min(16).max(200),
  /** base64 of 32 derived bytes */
  hash: z.string().min(40).max(200),
});
export type PinRecord = z.infer<typeof PinRecordSchema>;

/** 4-32 characters; digits suffice, a passphrase is allowed. Trimmed so a stray space does not lock a guardian out. */
export const PinSchema = z.string().trim().min(4, 'PIN too short').max(32, 'PIN too long');

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin.normalize('NFKC')) as BufferSource, 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, HASH_BYTES * 8);
  return new Uint8Array(bits);
}

export async function hashPin(pin: string, opts: { iterations?: number; salt?: Uint8Array } = {}): Promise<PinRecord> {
  const clean = PinSchema.parse(pin);
  const iterations = opts.iterations ?? DEFAULT_ITERATIONS;
  if (iterations < MIN_ITERATIONS) throw new Error(`iterations must be at least ${MIN_ITERATIONS}`);
  const salt = opts.salt ?? crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(clean, salt, iterations);
  return { algo: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/** Constant-time equality of two byte arrays (length is not secret: always 32). */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

export async function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
  const parsed = PinSchema.safeParse(pin);
  if (!parsed.success) return false;
  const derived = await derive(parsed.data, fromBase64(record.salt), record.iterations);
  return constantTimeEqual(derived, fromBase64(record.hash));
}
