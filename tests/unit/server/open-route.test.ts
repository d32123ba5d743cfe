import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { Service } from '../../../electron/core/service.ts';
import { startServer, type RunningServer } from '../../../electron/server.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

interface Reply { status: number; headers: http.IncomingHttpHeaders; body: string }

function get(server: RunningServer, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const options = { host: '127.0.0.1', port: server.port, path, headers: { Host: `127.0.0.1:${server.port}`, ...headers } };
    const req = http.request(options, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => { body += c.toString(); });
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let server: RunningServer;
let service: Service;
let cookie: string;

beforeEach(async () => {
  service = new Service(await openWorkspace(tempWorkspacePath()));
  server = await startServer({ service });
  cookie = String((await get(server, `/?token=${server.token}`)).headers['set-cookie']).split(';')[0]!;
});
afterEach(() => server.close());

describe('the /open route of browser mode', () => {
  it('gives exports a link base on this server', () => {
    expect(service.linkBase).toBe(`http://127.0.0.1:${server.port}/open`);
  });

  it('redirects a signed-in browser to the app with the target in the fragment', async () => {
    const reply = await get(server, '/open?workspace=%2Fw+x.assay&metric=12', { Cookie: cookie });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/#workspace=%2Fw+x.assay&metric=12');
    const note = await get(server, '/open?workspace=%2Fw.assay&annotation=3&via=1', { Cookie: cookie });
    expect(note.headers.location).toBe('/#workspace=%2Fw.assay&annotation=3');
  });

  it('refuses a malformed link in words', async () => {
    const reply = await get(server, '/open?workspace=%2Fw.assay&metric=1&annotation=2', { Cookie: cookie });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatch(/one metric or annotation/u);
  });

  it('without the cookie asks once more from its own origin (SameSite=Strict), then refuses', async () => {
    const first = await get(server, '/open?workspace=%2Fw.assay&metric=12');
    expect(first.status).toBe(200);
    expect(first.headers['content-security-policy']).toBeTruthy();
    expect(first.body).toContain('<meta http-equiv="refresh" content="0; url=/open?workspace=%2Fw.assay&amp;metric=12&amp;via=1">');
    expect(first.body).not.toContain(server.token);
    expect((await get(server, '/open?workspace=%2Fw.assay&metric=12&via=1')).status).toBe(401);
    expect((await get(server, '/open?workspace=%2Fw.assay&metric=12', { Host: 'evil.example' })).status).toBe(403);
  });
});
