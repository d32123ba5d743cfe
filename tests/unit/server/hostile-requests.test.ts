import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type Method } from '../../../shared/contract.ts';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { startServer, type RunningServer } from '../../../electron/server.ts';
import { baseInput, fieldsOf, longList, withField } from '../../helpers/contract-fuzz.ts';
import { rawRequest, request, type Reply } from '../../helpers/http-request.ts';
import { tempDir, tempWorkspacePath } from '../../helpers/temp-workspace.ts';

/*
 * A bounded, deterministic fuzz of browser mode's HTTP edge: hostile method names, paths,
 * headers, bodies and field values. Every answer must be below 500, and every refusal must
 * say why.
 */

let server: RunningServer;
let service: Service;
let cookie: string;
let logged: string[];

const SEED = 'Rare Earth Report\n\nOxide output rose 12% to 5,700 mt in 2024.\n\nPrices were steady.\n';

beforeEach(async () => {
  service = new Service(await openWorkspace(tempWorkspacePath()));
  importBytes(importStores(service.workspace.db), Buffer.from(SEED), 'report.txt', null);
  service.call('tags.create', { path: 'sector' });
  service.call('reports.create', { name: 'weekly' });
  service.call('annotations.createRange', { documentId: 1, start: 0, end: 4, body: 'note' });
  logged = [];
  const log = { write: (level: string, message: string) => logged.push(`${level} ${message}`) };
  server = await startServer({ service, staticDir: staticSite(), log });
  const login = await request(server.port, { path: `/?token=${server.token}`, headers: { Host: self() } });
  cookie = String(login.headers['set-cookie']).split(';')[0]!;
});
afterEach(() => server.close());

/** The renderer's stand-in: index.html, a script, and a folder named like a file. */
function staticSite(): string {
  const dir = tempDir('assay-site-');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Assay</title>');
  fs.mkdirSync(path.join(dir, 'assets', 'folder.js'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'export {};');
  return dir;
}

const self = () => `127.0.0.1:${server.port}`;
const signedIn = () => ({ Host: self(), Cookie: cookie });
const get = (target: string, method = 'GET') => request(server.port, { method, path: target, headers: signedIn() });
const post = (target: string, body: string) =>
  request(server.port, { method: 'POST', path: target, headers: { ...signedIn(), 'Content-Type': 'application/json' }, body });

/** A request written as it is, for targets and header sets http.request would not send. */
const raw = (target: string, headers: string) => rawRequest(server.port, `GET ${target} HTTP/1.1\r\n${headers}Connection: close\r\n\r\n`);

/** Why `reply` is not an acceptable answer to a hostile request, or null when it is. */
function fault(reply: Reply, method = 'GET'): string | null {
  if (reply.status >= 500) return `${reply.status} ${reply.body.slice(0, 160)}`;
  if (reply.status < 400 || method === 'HEAD') return null;
  const json = String(reply.headers['content-type']).startsWith('application/json');
  const message = json ? (JSON.parse(reply.body) as { error?: { message?: unknown } }).error?.message : reply.body;
  return typeof message === 'string' && message.trim() ? null : `${reply.status} without a message`;
}

/** Raw JSON values that no field expects, or that a careless handler would choke on. */
const HOSTILE: Array<[string, string]> = [
  ['a 1 MB string of LIKE wildcards', JSON.stringify('%_\\x'.repeat(1 << 18))],
  ['a string with NUL and control characters', JSON.stringify('a\u0000b\u0001"(*\u007f NEAR(')],
  ['-1', '-1'],
  ['2^53 - 1', String(Number.MAX_SAFE_INTEGER)],
  ['1e300', '1e300'],
  ['0.5', '0.5'],
  ['null', 'null'],
  ['true', 'true'],
  ['a mixed array', '["x",1,null,{}]'],
  ['100,000 numbers', `[${new Array(100_000).fill(1).join(',')}]`],
  ['20,000 strings', JSON.stringify(new Array(20_000).fill('a'))],
  ['an object with __proto__ and constructor keys', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"toString":1}'],
];

/** Whole bodies that are not the object every method takes. */
const BAD_BODIES = ['{not json', '[', '{"a":', '"x"', '1', 'null', '[]', '\u0000', '{"__proto__":{"polluted":true}}',
  `${'['.repeat(100_000)}${']'.repeat(100_000)}`];

const METHODS = Object.keys(contract) as Method[];
const PROTOTYPE_NAMES = [...Object.getOwnPropertyNames(Object.prototype), '__proto__'];

describe('hostile requests to browser mode', () => {
  it('answers every Object.prototype name as a method with 404', async () => {
    const faults: string[] = [];
    for (const name of [...PROTOTYPE_NAMES, 'prototype', '', 'workspace.info/', 'workspace.info%00']) {
      const reply = await post(`/api/${name}`, '{}');
      if (reply.status !== 404 || fault(reply)) faults.push(`${name}: ${reply.status} ${fault(reply) ?? ''}`);
    }
    expect(faults).toEqual([]);
  });

  it('refuses Object.prototype names as methods in Service.call too (the desktop app calls it over IPC)', () => {
    for (const name of PROTOTYPE_NAMES) {
      expect(() => service.call(name as Method, {}), name).toThrow(expect.objectContaining({ code: 'NO_SUCH_METHOD' }));
    }
  });

  it('answers malformed percent-encodings in a path with 400', async () => {
    const faults: string[] = [];
    for (const target of ['/%zz', '/%c0%ae%c0%ae/x', '/%E0%A4%A', '/%', '/a%2', '/%ff%fe', '/assets/%c0', '/%00']) {
      const reply = await get(target);
      if (reply.status !== 400 || fault(reply)) faults.push(`${target}: ${reply.status} ${reply.body.slice(0, 80)}`);
    }
    expect(faults).toEqual([]);
  });

  it('serves files, index.html for folders and unknown paths, and 403 outside the folder', async () => {
    expect((await get('/assets/app.js')).headers['content-type']).toMatch(/^text\/javascript/u);
    for (const target of ['/', '/assets', '/assets/', '/assets/folder.js', '/assets/app.js/x', `/${'a'.repeat(5000)}`]) {
      const reply = await get(target);
      expect(reply.status, target).toBe(200);
      expect(reply.body, target).toContain('<title>Assay</title>');
    }
    for (const target of ['/..%2f..%2fetc%2fpasswd', '/%2e%2e%2f', '/a/..%2f..%2fx']) expect((await get(target)).status, target).toBe(403);
    expect((await get('/assets/app.js', 'HEAD')).status).toBe(200);
  });

  it('answers odd request targets below 500', async () => {
    const faults: string[] = [];
    const targets = ['//', '///x', '//evil.example/x', '*', 'http://[', `http://${self()}/%zz`, '/?%zz=%zz', '/?token=%zz', '/x#y'];
    for (const target of targets) {
      const reply = await raw(target, `Host: ${self()}\r\nCookie: ${cookie}\r\n`);
      if (reply.status === 0 || reply.status >= 500) faults.push(`GET ${target}: ${reply.text.slice(0, 120)}`);
    }
    expect(faults).toEqual([]);
  });

  it('refuses a request with two Host, Origin or Cookie headers with 400', async () => {
    const sets = [
      ['Host', self(), 'Host', self(), 'Cookie', cookie],
      ['Host', self(), 'Host', 'evil.example', 'Cookie', cookie],
      ['Host', self(), 'Cookie', cookie, 'Origin', `http://${self()}`, 'Origin', 'https://evil.example'],
      ['Host', self(), 'Cookie', 'assay_token=wrong', 'Cookie', cookie],
    ];
    for (const headers of sets) {
      const reply = await request(server.port, { method: 'POST', path: '/api/workspace.info', headers, body: '{}' });
      expect(reply.status, headers.join(' ')).toBe(400);
      expect(fault(reply)).toBeNull();
    }
    const upgrade = await raw('/', `Host: ${self()}\r\nHost: evil.example\r\nUpgrade: websocket\r\n`);
    expect(upgrade.status).toBe(400);
  });

  it('answers wrong verbs with 405, bad JSON with 400, each with a message', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']) {
      const reply = await get('/api/workspace.info', method);
      expect(reply.status, method).toBe(405);
      expect(fault(reply, method)).toBeNull();
    }
    expect((await get('/', 'DELETE')).status).toBe(405);
    for (const body of BAD_BODIES) {
      const reply = await post('/api/workspace.info', body);
      expect(reply.status, body.slice(0, 20)).toBe(400);
      expect(fault(reply)).toBeNull();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers an oversize body with 413, whether its length is declared or not', async () => {
    const small = await startServer({ service, maxBodyBytes: 64 * 1024 });
    try {
      const login = await request(small.port, { path: `/?token=${small.token}`, headers: { Host: `127.0.0.1:${small.port}` } });
      const headers = { Host: `127.0.0.1:${small.port}`, Cookie: String(login.headers['set-cookie']).split(';')[0]! };
      const body = JSON.stringify({ query: 'x'.repeat(200_000) });
      const declared = await request(small.port, { method: 'POST', path: '/api/search.passages', headers, body });
      expect(declared.status).toBe(413);
      expect(fault(declared)).toBeNull();
      const chunkedHeaders = { ...headers, 'Transfer-Encoding': 'chunked' };
      expect((await request(small.port, { method: 'POST', path: '/api/search.passages', headers: chunkedHeaders, body })).status).toBe(413);
      expect((await request(small.port, { method: 'POST', path: '/api/workspace.info', headers, body: '{}' })).status).toBe(200);
    } finally {
      await small.close();
    }
  });

  it.each(METHODS)('%s: every field, given a hostile value, gets an answer below 500 with a message', async (method) => {
    const base = baseInput(method);
    expect(contract[method].input.safeParse(base).success, 'the fuzz starts from a valid input').toBe(true);
    const faults: string[] = [];
    for (const body of BAD_BODIES.slice(0, 4)) {
      const why = fault(await post(`/api/${method}`, body));
      if (why) faults.push(`body ${body.slice(0, 12)}: ${why}`);
    }
    for (const { at, schema } of fieldsOf(contract[method].input as z.ZodType)) {
      const list = longList(schema, 50_000);
      for (const [label, value] of list ? [...HOSTILE, ['50,000 valid items', list]] : HOSTILE) {
        const why = fault(await post(`/api/${method}`, withField(base, at, value)));
        if (why) faults.push(`${at.join('.')} = ${label}: ${why}`);
      }
    }
    expect(faults).toEqual([]);
    expect(logged).toEqual([]);
  });

  it('names the field in a validation error, and keeps the message short', async () => {
    const reply = await post('/api/documents.resolve', JSON.stringify({ ref: 'x'.repeat(1 << 20) }));
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toMatch(/\(documents\.resolve: ref\)\.$/u);
    const unknownKey = await post('/api/workspace.info', JSON.stringify({ ['k'.repeat(100_000)]: 1 }));
    expect(unknownKey.status).toBe(400);
    expect(JSON.parse(unknownKey.body).error.message.length).toBeLessThan(1000);
  });

  it('refuses an uploaded file named ".." (its import would write over its own folder)', async () => {
    for (const name of ['..', 'a/..', '../']) {
      const reply = await post('/api/imports.upload', JSON.stringify({ files: [{ name, data: 'aGk=' }] }));
      expect(reply.status, name).toBe(400);
      expect(JSON.parse(reply.body).error.message).toContain('files.0.name');
    }
  });

  it('answers random method names and bodies below 500 (property)', async () => {
    const name = fc.oneof(fc.constantFrom(...METHODS, ...PROTOTYPE_NAMES), fc.stringMatching(/^[\w.$-]{0,24}$/u));
    const fields = fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify({ query: v, id: v, ref: v, path: v }));
    const body = fc.oneof(fc.json({ maxDepth: 3 }), fc.string({ maxLength: 40 }), fields);
    await fc.assert(fc.asyncProperty(name, body, async (method, text) => {
      expect(fault(await post(`/api/${method}`, text))).toBeNull();
    }), { numRuns: 150, seed: 20 });
  });

  it('answers a real internal error with a logged 500 that carries no stack trace', async () => {
    service.workspace.db.close();
    const reply = await post('/api/workspace.info', '{}');
    expect(reply.status).toBe(500);
    const message = JSON.parse(reply.body).error.message as string;
    expect(message).toContain('workspace.info');
    expect(message).not.toMatch(/\n\s+at /u);
    expect(logged.join('\n')).toMatch(/^error workspace\.info: .*\n\s+at /u);
  });
});
