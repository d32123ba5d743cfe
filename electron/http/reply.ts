import type http from 'node:http';

type Headers = http.OutgoingHttpHeaders;

/** Headers every answer carries: plain text unless said otherwise, never cached, never sniffed, no referrer. */
const COMMON: Headers = {
  'Content-Type': 'text/plain; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Sends a whole answer. Safe to call late: if the headers have gone already (a stream
 * failed halfway), the connection is cut instead, so the client cannot take a torn file as whole.
 */
export function send(res: http.ServerResponse, status: number, body: string, headers: Headers = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { ...COMMON, ...headers });
  res.end(body);
}

/** An API answer: `{ result }`. */
export function sendResult(res: http.ServerResponse, result: unknown): void {
  send(res, 200, JSON.stringify({ result }), { 'Content-Type': 'application/json' });
}

/** An API refusal: `{ error: { code, message } }`, the message saying what was wrong and what to do. */
export function sendError(res: http.ServerResponse, status: number, code: string, message: string, headers?: Headers): void {
  send(res, status, JSON.stringify({ error: { code, message } }), { 'Content-Type': 'application/json', ...headers });
}
