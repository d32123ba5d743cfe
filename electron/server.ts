import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type net from 'node:net';
import path from 'node:path';
import { APP_ROOT } from './core/app-root.ts';
import { isMethodName } from '../shared/method-names.ts';
import { isAssayError, type AssayError } from '../shared/errors.ts';
import { readBody } from './http/body.ts';
import { decodePath, repeatedHeader, targetUrl } from './http/guards.ts';
import { send, sendError, sendResult } from './http/reply.ts';
import { serveFile } from './http/static-files.ts';
import { bounceWithoutCookie, OPEN_PATH, openRoute } from './http/open-route.ts';
import type { ContractHost } from './core/host/core-host.ts';

export { CSP } from './http/static-files.ts';

/*
 * Browser mode: the contract over HTTP on 127.0.0.1 only, and the renderer's files.
 *   - A token made per launch: the printed URL carries it once; it is then an HttpOnly,
 *     SameSite=Strict cookie. Requests without it get 401.
 *   - Host must be localhost, 127.0.0.1 or [::1] with this port (DNS rebinding): else 403.
 *     A second Host, Origin or Cookie header: 400.
 *   - State-changing requests and WebSocket upgrades from another Origin: 403.
 *   - Every page is served with a strict Content-Security-Policy.
 *   - Every bad request is a 4xx with a message; a 500 is a bug, and is logged.
 */

export const RENDERER_DIR = path.join(APP_ROOT, 'dist', 'renderer');
const COOKIE = 'assay_token';
const MAX_BODY = 96 * 1024 * 1024;

/** Where internal errors go: the app's log (AppLog) in `assay serve`. */
export interface ServerLog {
  write(level: 'info' | 'warn' | 'error', message: string): void;
}

export interface ServerOptions {
  /** The core: in process (Service) or on its own thread (CoreHost). */
  service: ContractHost;
  port?: number;
  /** Where the built renderer is; tests of the API alone may leave it empty. */
  staticDir?: string;
  /** Internal errors are written here; standard error when left out. */
  log?: ServerLog;
  /** The largest request body accepted, in bytes (96 MB unless set). */
  maxBodyBytes?: number;
}

export interface RunningServer {
  url: string;
  /** The URL with the one-time token, to open in a browser. */
  launchUrl: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const UNAUTHORIZED = 'Unauthorized: open the address that "assay serve" printed.';

/** What Node's parser reports, as the status to answer with; anything else is a 400. */
const CLIENT_ERRORS = new Map([
  ['HPE_HEADER_OVERFLOW', '431 Request Header Fields Too Large'],
  ['ERR_HTTP_REQUEST_TIMEOUT', '408 Request Timeout'],
]);

const STDERR_LOG: ServerLog = { write: (level, message) => process.stderr.write(`${level.toUpperCase()} ${message}\n`) };

function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(req: http.IncomingMessage): string | undefined {
  return /(?:^|;\s*)assay_token=([^;]+)/u.exec(req.headers.cookie ?? '')?.[1];
}

/** Logs a bug with its stack and answers 500 with the message only: stacks stay in the log. */
function internalError(res: http.ServerResponse, log: ServerLog, where: string, error: unknown): void {
  const detail = error instanceof Error ? error.stack ?? error.message : String(error);
  log.write('error', `${where}: ${detail}`);
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
  sendError(res, 500, 'INTERNAL', `Assay hit an internal error in ${where} (${message}). The log has the details.`);
}

/** Starts the server on 127.0.0.1 (a free port when `port` is 0 or left out). */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = randomBytes(24).toString('base64url');
  const log = options.log ?? STDERR_LOG;
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  // Exports made from this window link back to this server, where a click opens the figure.
  options.service.linkBase = `http://127.0.0.1:${port}${OPEN_PATH}`;
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  const origins = new Set([...hosts].map((h) => `http://${h}`));
  const foreign = (req: http.IncomingMessage) => req.headers.origin !== undefined && !origins.has(req.headers.origin);

  /** Why a request is refused on its headers alone, before its token is looked at; null if it is not. */
  const refusal = (req: http.IncomingMessage): [number, string] | null => {
    const repeated = repeatedHeader(req.rawHeaders);
    if (repeated) return [400, `Bad request: more than one ${repeated} header.`];
    if (!hosts.has(req.headers.host ?? '')) return [403, 'Forbidden: Assay answers only on localhost.'];
    const stateChanging = !['GET', 'HEAD', 'OPTIONS'].includes(req.method ?? 'GET');
    if (stateChanging && foreign(req)) return [403, 'Forbidden: requests from other sites are refused.'];
    return null;
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const refused = refusal(req);
    if (refused) return send(res, ...refused);
    const url = targetUrl(req.url);
    if (!url) return send(res, 400, 'Bad request: the address must be a path on this server, such as "/".');
    const offered = url.searchParams.get('token');
    if (req.method === 'GET' && offered !== null && sameToken(offered, token)) {
      const cookie = `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
      res.writeHead(303, { 'Set-Cookie': cookie, Location: '/', 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    const authorised = sameToken(cookieToken(req), token);
    const opening = url.pathname === OPEN_PATH && req.method === 'GET';
    if (!authorised && opening && bounceWithoutCookie(res, url)) return;
    if (!authorised) return send(res, 401, UNAUTHORIZED);
    if (opening) return openRoute(res, url);
    if (url.pathname.startsWith('/api/')) return api(req, res, url.pathname.slice(5), { ...options, log });
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed: use GET.', { Allow: 'GET, HEAD' });
    const decoded = decodePath(url.pathname);
    if (decoded === null) return send(res, 400, 'Bad request: the path has a malformed percent-encoding.');
    if (!options.staticDir) return send(res, 404, 'Not found.');
    serveFile(res, options.staticDir, decoded);
  };

  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const where = `${req.method} ${req.url?.split('?')[0]?.slice(0, 200)}`;
    handle(req, res).catch((error: unknown) => internalError(res, log, where, error));
  });
  // No WebSocket endpoint exists; upgrades are refused: 400 if ambiguous, 403 from a foreign Origin.
  server.on('upgrade', (req: http.IncomingMessage, socket: net.Socket) => {
    socket.on('error', () => socket.destroy());
    const status = repeatedHeader(req.rawHeaders) ? '400 Bad Request' : foreign(req) ? '403 Forbidden' : '404 Not Found';
    refuse(socket, status, 'Assay has no WebSocket endpoint.');
  });
  // Requests Node cannot parse: a 4xx with a reason instead of Node's bare one.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: net.Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    refuse(socket, CLIENT_ERRORS.get(error.code ?? '') ?? '400 Bad Request', 'The request could not be read as HTTP.');
  });

  const url = `http://127.0.0.1:${port}/`;
  return {
    url, token, port, launchUrl: `${url}?token=${token}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** Answers on a bare socket (upgrades, unparsable requests) and closes it. */
function refuse(socket: net.Socket, status: string, message: string): void {
  const length = Buffer.byteLength(message);
  const head = [`HTTP/1.1 ${status}`, 'Content-Type: text/plain; charset=utf-8', `Content-Length: ${length}`, 'Connection: close'];
  socket.end(`${head.join('\r\n')}\r\n\r\n${message}`);
}

/**
 * An error meant for the analyst: 503 when another process holds the workspace's write lock
 * (nothing changed; the client tries again), 404 when something named is not there, else 400.
 */
function statusOf(error: AssayError): number {
  if (error.code === 'BUSY') return 503;
  return error.code.startsWith('NO_SUCH') ? 404 : 400;
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A request body as the method's input: `{}` when empty; anything but a JSON object is refused. */
function parseInput(text: string): { ok: true; input: object } | { ok: false; message: string } {
  if (!text.trim()) return { ok: true, input: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `The request body is not JSON: ${(error as Error).message}` };
  }
  if (!isObject(value)) return { ok: false, message: 'The request body must be a JSON object: the method\'s input.' };
  return { ok: true, input: value };
}

type ApiOptions = ServerOptions & { log: ServerLog };

async function api(req: http.IncomingMessage, res: http.ServerResponse, method: string, options: ApiOptions): Promise<void> {
  if (req.method !== 'POST') return sendError(res, 405, 'METHOD_NOT_ALLOWED', 'Use POST for the API.', { Allow: 'POST' });
  if (!isMethodName(method)) return sendError(res, 404, 'NO_SUCH_METHOD', `Unknown method "${method.slice(0, 100)}".`);
  const body = await readBody(req, options.maxBodyBytes ?? MAX_BODY);
  // Past the limit the rest of the body is not read: the connection closes after the answer.
  if (!body.ok && body.status === 413) return sendError(res, 413, 'TOO_LARGE', body.message, { Connection: 'close' });
  if (!body.ok) return sendError(res, 400, 'BAD_REQUEST', body.message);
  const parsed = parseInput(body.text);
  if (!parsed.ok) return sendError(res, 400, 'BAD_REQUEST', parsed.message);
  try {
    // Awaited, so a long-poll (exports.wait) holds only its own request while other calls go on.
    sendResult(res, await options.service.request(method, parsed.input));
  } catch (error) {
    if (!isAssayError(error)) return internalError(res, options.log, method, error);
    const retry = error.code === 'BUSY' ? { 'Retry-After': '1' } : undefined;
    sendError(res, statusOf(error), error.code, error.message, retry);
  }
}
