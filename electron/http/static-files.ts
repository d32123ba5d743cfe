import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { send } from './reply.ts';

/** ag-grid writes its theme into <style> elements, so styles allow inline; scripts never do. */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
  + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** A Map, since the extension comes from the request: ".constructor" must not find a function. */
const TYPES = new Map(Object.entries({
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json',
  '.woff2': 'font/woff2',
}));

const NOT_BUILT = 'The interface is not built. Run "npm run build", then start again.';

/** Whether `file` is a regular file now; any error (gone, a file on the way, a name too long) means no. */
function isFile(file: string): boolean {
  try {
    return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/**
 * Serves the renderer's file at `decodedPath` (already percent-decoded) from `dir`; any
 * path that names no file (a folder, nothing) gets index.html, since the app routes itself.
 */
export function serveFile(res: http.ServerResponse, dir: string, decodedPath: string): void {
  const root = path.resolve(dir);
  const file = path.resolve(root, `.${decodedPath === '/' ? '/index.html' : decodedPath}`);
  if (!file.startsWith(root + path.sep)) return send(res, 403, 'Forbidden: that path is outside the interface.');
  const index = path.join(root, 'index.html');
  const target = isFile(file) ? file : index;
  if (target === index && !isFile(index)) return send(res, 404, NOT_BUILT);
  stream(res, target);
}

/** Streams a file that was there a moment ago; if it went (or turned into a folder) since, 404. */
function stream(res: http.ServerResponse, file: string): void {
  const source = fs.createReadStream(file);
  source.once('error', () => {
    if (!res.destroyed && !res.headersSent) send(res, 404, 'Not found: the file went away while it was being sent.');
  });
  source.once('ready', () => {
    // A client that left before the file opened: piping into its closed response would throw, uncaught, in the server.
    if (res.destroyed) {
      source.destroy();
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES.get(path.extname(file)) ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': path.basename(file) === 'index.html' ? 'no-store' : 'max-age=3600',
    });
    // pipeline, not pipe: a client that leaves early closes the file too.
    pipeline(source, res, () => undefined);
  });
}
