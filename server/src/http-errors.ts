/** Every failure is a JSON body {error, reason} (lib/api ErrorBodySchema); validation failures are 4xx. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { JsonInputError, parseBoundedJson } from './bounded-json';

export class ApiError extends Error {
  constructor(public status: ContentfulStatusCode, public code: string, reason: string) {
    super(reason);
  }
}
export const fail = (c: Context, status: ContentfulStatusCode, error: string, reason: string) => c.json({ error, reason }, status);

export function zodReason(err: z.ZodError): string {
  const i = err.issues[0];
  return i ? `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}` : 'invalid';
}

/** Reads the body as text within `limit` bytes, parses JSON and validates it; throws ApiError (4xx). */
export async function readJson<T>(c: Context, schema: z.ZodType<T>, limit: number): Promise<T> {
  const text = await readText(c, limit);
  let data: unknown;
  try {
    data = parseBoundedJson(text);
  } catch (e) {
    if (e instanceof JsonInputError) throw new ApiError(400, 'malformed_json', e.message);
    throw e;
  }
  const r = schema.safeParse(data);
  if (!r.success) throw new ApiError(400, 'invalid_body', zodReason(r.error));
  return r.data;
}

export async function readText(c: Context, limit: number): Promise<string> {
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > limit) throw new ApiError(413, 'body_too_large', `the body exceeds ${limit} bytes`);
  const reader = c.req.raw.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new ApiError(413, 'body_too_large', `the body exceeds ${limit} bytes`);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiError(400, 'bad_encoding', 'the body is not UTF-8');
  }
}
