/**
 * Which database errors are transient (the connection dropped, the server is restarting, a
 * serialisation conflict): those answer 503 with Retry-After, since the same request will work
 * once the database is back. Anything else is a bug and stays a 500.
 */
const TRANSIENT_SQLSTATE = /^(08|53|57P0[1-3]|40001|40P01)/; // connection, resources, shutdown, serialisation, deadlock
const TRANSIENT_NODE_CODE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN']);
const TRANSIENT_MESSAGE = /Connection terminated|connection timeout|Client has encountered a connection error|PGlite is closed/i;

export function isTransientDbError(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && (TRANSIENT_SQLSTATE.test(code) || TRANSIENT_NODE_CODE.has(code))) return true;
  return TRANSIENT_MESSAGE.test(e.message);
}
