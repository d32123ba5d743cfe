import http from 'node:http';
import net from 'node:net';

/** A server's answer: status, headers and body as text. */
export interface Reply { status: number; headers: http.IncomingHttpHeaders; body: string }

export interface RequestOptions {
  method?: string;
  path?: string;
  /** An object, or a flat [name, value, name, value…] list when a header must repeat. */
  headers?: Record<string, string> | string[];
  body?: string;
}

/**
 * One HTTP request to 127.0.0.1:`port`. The answer counts even if the server closes the
 * connection while the body is still being sent (as it should when refusing a large body).
 */
export function request(port: number, options: RequestOptions): Promise<Reply> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const target = { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers };
    const req = http.request(target, (res) => {
      answered = true;
      let body = '';
      res.on('data', (c: Buffer) => { body += c.toString(); });
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('error', (error) => { if (!answered) reject(error); });
    req.end(options.body);
  });
}

/**
 * Writes `text` as it is to a new connection and reads until the server closes it (send
 * "Connection: close"): for request lines and header sets that http.request refuses to send.
 * Returns the status (0 if none) and everything read.
 */
export function rawRequest(port: number, text: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let data = '';
    socket.setTimeout(5000, () => socket.destroy());
    socket.on('data', (c: Buffer) => { data += c.toString(); });
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/u.exec(data)?.[1] ?? 0), text: data }));
    socket.on('error', (error) => { if (!data) reject(error); });
  });
}
