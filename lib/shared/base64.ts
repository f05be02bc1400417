/**
 * Bytes ↔ base64 for keys, signatures, salts and hashes. One copy for the bundle signature check
 * and the guardian PIN; plain btoa/atob so it runs the same in every browser, the server and Node
 * (Uint8Array.prototype.toBase64 is not in Node 20 or older browsers).
 */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/** Throws on text that is not base64 (atob's InvalidCharacterError). */
export function fromBase64(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
