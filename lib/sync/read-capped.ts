/**
 * Reads a response body up to a cap (issue 13): a declared Content-Length over the cap is refused
 * before reading, and a body without one is read as a stream and cancelled as soon as it passes
 * the cap, so a huge or endless response can never be held in memory or handed to JSON.parse.
 * The cap applies to the decoded bytes, so a compression bomb is stopped too.
 */
export class ResponseTooLarge extends Error {}

export async function readCapped(res: Response, maxBytes: number): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  // Content-Length counts encoded bytes; over the cap even compressed means over it decoded
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw new ResponseTooLarge(`response of ${declared} bytes is larger than ${maxBytes}`);
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new ResponseTooLarge(`response is larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}
