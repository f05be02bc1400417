/**
 * Requests Node's HTTP parser rejects before Hono sees them (oversized headers, a malformed request
 * line, conflicting Content-Length, bad chunking, a header timeout). Node's default answer has an
 * empty body; API clients get the same JSON {error, reason} as every other failure (lib/api
 * ErrorBodySchema), then the connection closes, as Node does.
 */
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { STATUS_CODES } from 'node:http';

type ParserError = Error & { code?: string };

export function parserErrorAnswer(err: ParserError): { status: number; error: string; reason: string } {
  switch (err.code) {
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, error: 'headers_too_large', reason: 'the request line and headers exceed the server limit' };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { status: 413, error: 'body_too_large', reason: 'chunk extensions exceed the server limit' };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, error: 'request_timeout', reason: 'the request was not received in time' };
    default:
      return { status: 400, error: 'bad_request', reason: `the HTTP request could not be parsed (${err.code ?? 'parse error'})` };
  }
}

export function answerParserErrorsWithJson(server: Server): void {
  server.on('clientError', (err: ParserError, socket: Duplex) => {
    // like Node's default handler: say nothing on a dead socket or once a response has begun
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    const a = parserErrorAnswer(err);
    const body = JSON.stringify({ error: a.error, reason: a.reason });
    socket.end(
      `HTTP/1.1 ${a.status} ${STATUS_CODES[a.status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
