import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serveFile } from '../../../electron/http/static-files.ts';

/*
 * The server streams the interface's files; a browser that leaves before a file has opened
 * (a reload, a closed tab) must not bring the server down.
 */

let server: http.Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe('static files', () => {
  it('serves a file, and ignores a client that left before the file opened', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-static-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Assay</title>');
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    let left: () => void = () => undefined;
    const leftEarly = new Promise<void>((resolve) => { left = resolve; });
    server = http.createServer((req, res) => {
      if (req.url === '/gone') {
        res.destroy(); // the client went away while the file was being opened
        serveFile(res, dir, '/index.html');
        setTimeout(left, 100);
        return;
      }
      serveFile(res, dir, req.url ?? '/');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const body = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    expect(body).toContain('<title>Assay</title>');
    await fetch(`http://127.0.0.1:${port}/gone`).catch(() => undefined);
    await leftEarly;
    process.off('uncaughtException', onUncaught);
    expect(uncaught).toEqual([]);
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
  });
});
