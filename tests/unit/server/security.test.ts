import http from 'node:http';
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { Service } from '../../../electron/core/service.ts';
import { startServer, type RunningServer } from '../../../electron/server.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

interface Reply { status: number; headers: http.IncomingHttpHeaders; body: string }

function request(server: RunningServer, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path ?? '/', headers: { Host: `127.0.0.1:${server.port}`, ...options.headers } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => { body += c.toString(); });
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

let server: RunningServer;
let cookie: string;

beforeEach(async () => {
  const service = new Service(await openWorkspace(tempWorkspacePath()));
  server = await startServer({ service });
  const login = await request(server, { path: `/?token=${server.token}` });
  cookie = String(login.headers['set-cookie']).split(';')[0]!;
});
afterEach(() => server.close());

const call = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  request(server, { method: 'POST', path: `/api/${method}`, headers: { 'Content-Type': 'application/json', Cookie: cookie, ...headers }, body: JSON.stringify(body) });

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/u);
  });

  it('trades the one-time token for an HttpOnly SameSite=Strict cookie and a redirect that drops it', async () => {
    const login = await request(server, { path: `/?token=${server.token}` });
    expect(login.status).toBe(303);
    expect(login.headers.location).toBe('/');
    expect(String(login.headers['set-cookie'])).toMatch(/^assay_token=[\w-]+; HttpOnly; SameSite=Strict; Path=\//u);
  });

  it('answers 401 without the token, or with a wrong one', async () => {
    expect((await request(server, { path: '/' })).status).toBe(401);
    expect((await request(server, { path: '/?token=wrong' })).status).toBe(401);
    expect((await call('workspace.info', {}, { Cookie: 'assay_token=wrong' })).status).toBe(401);
    expect((await request(server, { method: 'POST', path: '/api/workspace.info', body: '{}' })).status).toBe(401);
  });

  it('answers the contract with the cookie', async () => {
    const reply = await call('workspace.info', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).result).toMatchObject({ documentCount: 0 });
  });

  it('refuses other Host headers with 403, even with the cookie', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, '127.0.0.1:1', `localhost.evil:${server.port}`]) {
      expect((await request(server, { path: '/', headers: { Host: host, Cookie: cookie } })).status).toBe(403);
    }
    for (const host of [`localhost:${server.port}`, `[::1]:${server.port}`]) {
      expect((await call('workspace.info', {}, { Host: host })).status).toBe(200);
    }
  });

  it('refuses state-changing requests from another Origin with 403', async () => {
    expect((await call('workspace.info', {}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await call('workspace.info', {}, { Origin: `http://localhost:${server.port}` })).status).toBe(200);
  });

  it('refuses WebSocket upgrades from another Origin with 403', async () => {
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(server.port, '127.0.0.1', () => {
        socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nOrigin: https://evil.example\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nCookie: ${cookie}\r\n\r\n`);
      });
      let data = '';
      socket.on('data', (c) => { data += c.toString(); });
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 403/u);
  });

  it('turns bad input into a 400 with the reason, and unknown methods into 404', async () => {
    const bad = await call('metrics.page', { startRow: 10, endRow: 5 });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toContain('Ask for 1 to 1,000 rows');
    expect((await call('nope.nothing', {})).status).toBe(404);
    const missing = await call('metrics.get', { id: 99 });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).error.message).toContain('no metric 99');
    const broken = await request(server, { method: 'POST', path: '/api/workspace.info', headers: { Cookie: cookie }, body: '{not json' });
    expect(broken.status).toBe(400);
  });
});
