import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contract, type Method } from '../shared/contract.ts';
import { isAssayError } from '../shared/errors.ts';
import type { Service } from './core/service.ts';

/*
 * Browser mode: the contract over HTTP on 127.0.0.1 only, and the renderer's files.
 *   - A token made per launch: the printed URL carries it once; it is then an HttpOnly,
 *     SameSite=Strict cookie. Requests without it get 401.
 *   - Host must be localhost, 127.0.0.1 or [::1] with this port (DNS rebinding): else 403.
 *   - State-changing requests and WebSocket upgrades from another Origin: 403.
 *   - Every page is served with a strict Content-Security-Policy.
 */

export const RENDERER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'renderer');
const COOKIE = 'assay_token';
const MAX_BODY = 96 * 1024 * 1024;
/** ag-grid writes its theme into <style> elements, so styles allow inline; scripts never do. */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2',
};

export interface ServerOptions {
  service: Service;
  port?: number;
  /** Where the built renderer is; tests of the API alone may leave it empty. */
  staticDir?: string;
}

export interface RunningServer {
  url: string;
  /** The URL with the one-time token, to open in a browser. */
  launchUrl: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(req: http.IncomingMessage): string | undefined {
  return /(?:^|;\s*)assay_token=([^;]+)/u.exec(req.headers.cookie ?? '')?.[1];
}

function send(res: http.ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
  res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('The request is too large.'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Starts the server on 127.0.0.1 (a free port when `port` is 0 or left out). */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = randomBytes(24).toString('base64url');
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  const origins = new Set([...hosts].map((h) => `http://${h}`));

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!hosts.has(req.headers.host ?? '')) return send(res, 403, 'Forbidden: Assay answers only on localhost.');
    const origin = req.headers.origin;
    const stateChanging = !['GET', 'HEAD', 'OPTIONS'].includes(req.method ?? 'GET');
    if (stateChanging && origin !== undefined && !origins.has(origin)) return send(res, 403, 'Forbidden: requests from other sites are refused.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const offered = url.searchParams.get('token');
    if (req.method === 'GET' && offered !== null && sameToken(offered, token)) {
      res.writeHead(303, { 'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`, Location: '/', 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    if (!sameToken(cookieToken(req), token)) return send(res, 401, 'Unauthorized: open the address that "assay serve" printed.');
    if (url.pathname.startsWith('/api/')) return api(req, res, url.pathname.slice(5), options.service);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.');
    return serveFile(res, options.staticDir, url.pathname);
  };

  server.on('request', (req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, `Internal error: ${(error as Error).message}`));
  });
  // No WebSocket endpoint exists; upgrades are refused, from a foreign Origin with 403.
  server.on('upgrade', (req, socket) => {
    const origin = req.headers.origin;
    const status = origin !== undefined && !origins.has(origin) ? '403 Forbidden' : '404 Not Found';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
  });

  const url = `http://127.0.0.1:${port}/`;
  return {
    url, token, port, launchUrl: `${url}?token=${token}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

async function api(req: http.IncomingMessage, res: http.ServerResponse, method: string, service: Service): Promise<void> {
  if (req.method !== 'POST') return send(res, 405, 'Use POST for the API.');
  if (!(method in contract)) return send(res, 404, JSON.stringify({ error: { code: 'NO_SUCH_METHOD', message: `Unknown method "${method}".` } }), 'application/json');
  let input: unknown;
  try {
    const body = await readBody(req);
    input = body ? JSON.parse(body) : {};
  } catch (error) {
    return send(res, 400, JSON.stringify({ error: { code: 'BAD_REQUEST', message: `The request could not be read: ${(error as Error).message}` } }), 'application/json');
  }
  try {
    const result = service.call(method as Method, input);
    send(res, 200, JSON.stringify({ result }), 'application/json');
  } catch (error) {
    if (isAssayError(error)) {
      const status = /^NO_SUCH/u.test(error.code) ? 404 : 400;
      return send(res, status, JSON.stringify({ error: { code: error.code, message: error.message } }), 'application/json');
    }
    send(res, 500, JSON.stringify({ error: { code: 'INTERNAL', message: `Assay hit an internal error: ${(error as Error).message}` } }), 'application/json');
  }
}

function serveFile(res: http.ServerResponse, dir: string | undefined, pathname: string): void {
  if (!dir) return send(res, 404, 'Not found.');
  const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const file = path.resolve(dir, `.${relative}`);
  if (!file.startsWith(path.resolve(dir) + path.sep)) return send(res, 403, 'Forbidden.');
  const target = fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(dir, 'index.html');
  if (!fs.existsSync(target)) return send(res, 404, 'The interface is not built. Run "npm run build", then start again.');
  res.writeHead(200, {
    'Content-Type': TYPES[path.extname(target)] ?? 'application/octet-stream',
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': target.endsWith('index.html') ? 'no-store' : 'max-age=3600',
  });
  fs.createReadStream(target).pipe(res);
}
