import http from 'node:http';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { CoreHost } from '../../../electron/core/host/core-host.ts';
import { OpeningHost } from '../../../electron/core/host/opening-host.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { startServer, type RunningServer } from '../../../electron/server.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { addManyMetrics } from '../../helpers/many-metrics.ts';
import { runCli } from '../../helpers/run-cli.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

/*
 * The core on its own thread (#18): the contract's calls cross the thread and come back with
 * their results and errors as in process, and while a slow call runs there, the thread that
 * answers the UI answers other requests at once.
 */

let core: CoreHost | null = null;
let server: RunningServer | null = null;
afterEach(async () => {
  await server?.close();
  await core?.close();
  server = null;
  core = null;
});

async function seeded(extra?: (db: Database) => void): Promise<string> {
  const file = tempWorkspacePath();
  const ws = await openWorkspace(file);
  importBytes(importStores(ws.db), fixture('ir-record.txt'), 'ir-record.txt', null);
  extra?.(ws.db);
  ws.db.close();
  return file;
}

describe('the core host', () => {
  it('answers contract calls from its own thread, with the errors the transports expect', async () => {
    const file = await seeded();
    core = await CoreHost.open(file);
    expect(core.path).toBe(file);
    const info = await core.request('workspace.info', {});
    expect(info).toMatchObject({ path: file, documentCount: 1 });
    const { rows } = await core.request('metrics.page', { label: 'operating revenue' });
    const edited = await core.request('metrics.update', { id: rows[0]!.id, patch: { status: 'verified' } });
    expect(edited.status).toBe('verified');
    await expect(core.request('metrics.get', { id: 9_999 })).rejects.toMatchObject({ name: 'AssayError', code: 'NO_SUCH_METRIC' });
    await expect(core.request('metrics.get', { id: 'x' })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await core.close();
    await expect(core.request('workspace.info', {})).rejects.toMatchObject({ code: 'CLOSED' });
  });

  it('refuses a workspace it cannot open with the open\'s own error', async () => {
    const file = tempWorkspacePath();
    const ws = await openWorkspace(file);
    ws.db.pragma('user_version = 999');
    ws.db.close();
    await expect(CoreHost.open(file)).rejects.toMatchObject({ code: 'WORKSPACE_TOO_NEW' });
  });

  it('answers calls made while the core is still opening once it is open, and passes on an open\'s error (serve prints its address meanwhile)', async () => {
    const file = await seeded();
    const opening = CoreHost.open(file);
    const host = new OpeningHost(opening);
    host.linkBase = 'http://127.0.0.1:1/open';
    const early = host.request('workspace.info', {});
    core = await opening;
    await expect(early).resolves.toMatchObject({ documentCount: 1 });
    expect(core.linkBase).toBe('http://127.0.0.1:1/open');

    const newer = tempWorkspacePath();
    const ws = await openWorkspace(newer);
    ws.db.pragma('user_version = 999');
    ws.db.close();
    const failing = new OpeningHost(CoreHost.open(newer));
    await expect(failing.request('workspace.info', {})).rejects.toMatchObject({ code: 'WORKSPACE_TOO_NEW' });
    const served = await runCli(['serve', '-w', newer, '--port', '0']);
    expect(served.code).toBe(1);
    expect(served.stderr).toMatch(/newer/iu);
  });

  it('keeps the server answering within 50 ms while a slow call runs on the core', async () => {
    const file = await seeded((db) => addManyMetrics(db, 60_000));
    core = await CoreHost.open(file);
    server = await startServer({ service: core });
    const login = await get(server, `/?token=${server.token}`);
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const slowStarted = performance.now();
    let slowMs = 0;
    // A cross-source check over every metric: a deliberately slow call.
    const slow = post(server, '/api/checks.list', cookie).then((reply) => { slowMs = performance.now() - slowStarted; return reply; });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const pings: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const ping = await get(server, '/ping', cookie); // answered by the server's own thread (404: no static files here)
      expect(ping.statusCode).toBe(404);
      pings.push(performance.now() - started);
    }
    const pinged = performance.now() - slowStarted;
    expect((await slow).statusCode).toBe(200);
    expect(slowMs).toBeGreaterThan(pinged); // every ping was answered while the slow call ran
    expect(Math.max(...pings)).toBeLessThan(50);
  }, 60_000);
});

function get(to: RunningServer, at: string, cookie?: string): Promise<http.IncomingMessage> {
  return send(to, 'GET', at, cookie);
}

function post(to: RunningServer, at: string, cookie: string): Promise<http.IncomingMessage> {
  return send(to, 'POST', at, cookie, '{}');
}

function send(to: RunningServer, method: string, at: string, cookie?: string, body?: string): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: `127.0.0.1:${to.port}`, 'Content-Type': 'application/json' };
    if (cookie) headers.Cookie = cookie;
    const req = http.request({ host: '127.0.0.1', port: to.port, method, path: at, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res));
    });
    req.on('error', reject);
    req.end(body);
  });
}
