import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { openWorkspace } from '../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../electron/core/import/import-file.ts';
import { Service } from '../../electron/core/service.ts';
import { startServer, type RunningServer } from '../../electron/server.ts';
import { fixture } from './fixtures.ts';

/*
 * The trial of #21: `assay import` in a process of its own while analysts edit and page the grid
 * through browser mode's server. Used by tests/unit/server/busy.test.ts and `npm run bench -- --only busy`.
 */

/** One answer of the server, and how long it took. */
export interface Reply { status: number; body: string; retryAfter?: string; ms: number; cookie?: string; method?: string }

export type Api = (method: string, body: unknown) => Promise<Reply>;

/** A server over a new workspace at `file` holding the IR record, and a signed-in caller. */
export async function serving(file: string) {
  const service = new Service(await openWorkspace(file));
  importBytes(importStores(service.workspace.db), fixture('ir-record.txt'), 'ir-record.txt', null);
  const server = await startServer({ service });
  const login = await send(server, `/?token=${server.token}`, '', 'GET');
  const api: Api = async (method, body) => ({ ...await send(server, `/api/${method}`, JSON.stringify(body), 'POST', login.cookie), method });
  const rows = (JSON.parse((await api('metrics.page', { limit: 2 })).body) as { result: { rows: { id: number }[] } }).result.rows;
  return { server, api, ids: rows.map((r) => r.id) };
}

function send(to: RunningServer, at: string, body: string, method: string, cookie?: string): Promise<Reply> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: `127.0.0.1:${to.port}`, 'Content-Type': 'application/json' };
    if (cookie) headers.Cookie = cookie;
    const req = http.request({ host: '127.0.0.1', port: to.port, method, path: at, headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => { text += c.toString(); });
      res.on('end', () => resolve({
        status: res.statusCode!, body: text, ms: performance.now() - started,
        retryAfter: res.headers['retry-after'] as string | undefined,
        cookie: res.headers['set-cookie'] ? String(res.headers['set-cookie']).split(';')[0] : undefined,
      }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Many small notes and a few long ones, whose transactions hold the write lock the longest. */
export function burstFolder(dir: string, count: number, long: number): string {
  fs.mkdirSync(dir, { recursive: true });
  const note = (i: number) => `Output reached ${i * 10 + 5} mt in the quarter, up ${i % 40 + 1}% year on year. Revenue was ${i + 100} million yuan.`;
  for (let i = 0; i < count; i++) {
    fs.writeFileSync(path.join(dir, `burst-${String(i).padStart(3, '0')}.txt`), `Burst note ${i}\n\n${note(i)}\n`);
  }
  for (let i = 0; i < long; i++) {
    const paragraphs = Array.from({ length: 8_000 }, (_, j) => `Plant ${j} of group ${i}. ${note(j)}`);
    fs.writeFileSync(path.join(dir, `long-${i}.txt`), `Long record ${i}\n\n${paragraphs.join('\n\n')}\n`);
  }
  return dir;
}

function cliImport(workspace: string, dir: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const args = [path.resolve('bin/assay.js'), 'import', dir, '--workspace', workspace, '--json'];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => { out += c.toString(); });
    child.stderr.on('data', (c: Buffer) => { out += c.toString(); });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, out }));
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What came of a burst: every reply, the import's exit and outcomes, the last note each metric was acknowledged with. */
export interface Burst {
  replies: Reply[];
  importCode: number | null;
  importOut: string;
  outcomes: { status: string }[];
  acknowledged: Map<number, string>;
}

/**
 * Imports `dir` with the CLI into `workspace` while each metric in `ids` is edited in turn (an
 * analyst each, a BUSY answer sent again after 100 ms as the renderer's client does) and a
 * reader pages the grid, until the import ends.
 */
export async function editsBesideImport(api: Api, workspace: string, dir: string, ids: number[]): Promise<Burst> {
  const importing = cliImport(workspace, dir);
  let done = false;
  void importing.then(() => { done = true; });
  const replies: Reply[] = [];
  const acknowledged = new Map<number, string>();
  const editing = async (id: number) => {
    for (let i = 0; !done || i < 10; i++) {
      const note = `Edit ${i} of ${id}`;
      for (;;) {
        const reply = await api('metrics.update', { id, patch: { note } });
        replies.push(reply);
        if (reply.status !== 503) break;
        await pause(100);
      }
      if (replies.at(-1)!.status === 200) acknowledged.set(id, note);
      await pause(50);
    }
  };
  const reading = async () => {
    while (!done) {
      replies.push(await api('metrics.page', { limit: 100 }));
      await pause(50);
    }
  };
  await Promise.all([...ids.map(editing), reading()]);
  const { code, out } = await importing;
  const last = out.trim().split('\n').at(-1) ?? '';
  const outcomes = last.startsWith('{') ? (JSON.parse(last) as { outcomes: { status: string }[] }).outcomes : [];
  return { replies, importCode: code, importOut: out, outcomes, acknowledged };
}
