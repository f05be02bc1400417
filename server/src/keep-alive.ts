/**
 * How long the API keeps an idle HTTP/1.1 connection open.
 *
 * Node closes an idle keep-alive socket after 5 s by default. A client that picks that socket
 * from its pool at the same moment writes a request the server then resets: `fetch failed` /
 * `read ECONNRESET` (nodejs/undici#3141, nodejs/node#52649; not fixable on either side, only made
 * rare). A clean-clone CI run hit it in server/tests/bulk-import.test.ts: the test's fetch reused a
 * socket left idle ~5 s while PGlite (in the same event loop) built an index and ran VACUUM.
 *
 * So the server holds idle sockets well past the clients' own idle limits: 65 s is above the 60 s
 * that reverse proxies (nginx `keepalive_timeout`, load balancers) use towards their upstream, so the
 * proxy always closes first, and undici takes the `Keep-Alive: timeout=65` hint and closes at ~64 s
 * itself. Browsers retry an idempotent request on a reused socket that was reset; Node's fetch does
 * not, which is why the margin matters for the CLI, the scale bench and the tests.
 */
import type { Server } from 'node:http';

export const IDLE_KEEP_ALIVE_MS = 65_000;

export function holdIdleConnections(server: Server, idleMs: number): void {
  // headersTimeout (60 s) stays: Node ≥ 18 applies it only while a request's headers are being read,
  // so it still stops slow-loris clients and does not cut idle sockets short. server.close() ends
  // idle sockets at once (Node ≥ 19), so a long idle time does not hold up a shutdown.
  server.keepAliveTimeout = idleMs;
}
