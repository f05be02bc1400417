/**
 * The guardian's one-time recovery code (issue 24): made when a PIN is set, shown once (printable),
 * stored only as a slow hash like the PIN (lib/protection/pin.ts), and good for exactly one PIN
 * reset; the reset makes a new code. 16 Crockford base32 characters = 80 random bits, so an
 * offline search of the 600,000-iteration hash is out of reach, and entry forgives case, spaces,
 * dashes and the look-alikes O/0, I/L/1.
 */
import { hashPinUnchecked, verifyPin, type PinRecord } from './pin';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford: no I, L, O, U
export const RECOVERY_LENGTH = 16;

export function makeRecoveryCode(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  const bytes = random(RECOVERY_LENGTH);
  let out = '';
  for (let i = 0; i < RECOVERY_LENGTH; i++) out += ALPHABET[bytes[i]! & 31];
  return out.replace(/(.{4})(?=.)/g, '$1-');
}

/** The canonical form (16 characters) of a typed code, or null when it cannot be one. */
export function normalizeRecoveryCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (s.length !== RECOVERY_LENGTH || [...s].some((c) => !ALPHABET.includes(c))) return null;
  return s;
}

export async function hashRecoveryCode(code: string): Promise<PinRecord> {
  const n = normalizeRecoveryCode(code);
  if (!n) throw new Error('not a recovery code');
  return hashPinUnchecked(n);
}

export async function verifyRecoveryCode(input: string, record: PinRecord): Promise<boolean> {
  const n = normalizeRecoveryCode(input);
  return n !== null && verifyPin(n, record);
}
