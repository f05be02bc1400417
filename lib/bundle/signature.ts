/**
 * Ed25519 signatures of bundle envelopes (R-SYNC-22). The server signs with a private key that
 * never enters the repo; the extension holds only the public key (public-key.ts). Uses
 * @noble/ed25519 (audited, pure JS over WebCrypto SHA-512) so one code path runs in Chromium,
 * Firefox, the server and Node tests regardless of native Ed25519 WebCrypto support.
 */
import * as ed from '@noble/ed25519';
import { sha256Hex } from '../account-hash';
import { ENVELOPE_VERSION, type SignedEnvelope } from '../api/envelope';
import { fromBase64, toBase64 } from '../shared/base64';

export async function keyIdOf(publicKeyB64: string): Promise<string> {
  return (await sha256Hex(fromBase64(publicKeyB64))).slice(0, 16);
}

export async function generateKeyPair(): Promise<{ publicKey: string; privateKey: string }> {
  const { secretKey, publicKey } = await ed.keygenAsync();
  return { publicKey: toBase64(publicKey), privateKey: toBase64(secretKey) };
}

export async function publicKeyOf(privateKeyB64: string): Promise<string> {
  return toBase64(await ed.getPublicKeyAsync(fromBase64(privateKeyB64)));
}

export async function signEnvelope(
  kind: SignedEnvelope['kind'],
  payload: string,
  privateKeyB64: string,
  publicKeyB64: string,
): Promise<SignedEnvelope> {
  const sig = await ed.signAsync(new TextEncoder().encode(payload), fromBase64(privateKeyB64));
  return { envelope: ENVELOPE_VERSION, kind, keyId: await keyIdOf(publicKeyB64), signature: toBase64(sig), payload };
}

/** True only when `signature` is a valid Ed25519 signature of `payload` by `publicKeyB64`. */
export async function verifyEnvelope(env: SignedEnvelope, publicKeyB64: string): Promise<boolean> {
  try {
    return await ed.verifyAsync(fromBase64(env.signature), new TextEncoder().encode(env.payload), fromBase64(publicKeyB64));
  } catch {
    return false; // malformed key or signature bytes count as a failed check, never a crash
  }
}
