import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { INLINE_LIMIT } from '../../../electron/core/jobs/export-jobs.ts';
import { Service } from '../../../electron/core/service.ts';
import { startServer, type RunningServer } from '../../../electron/server.ts';
import { outputLog } from '../../helpers/output-log.ts';

/*
 * Export jobs: small ones written at once on the service thread, large ones on a worker;
 * exports.wait answers a change of stage as it happens, and over HTTP holds up no other call.
 */

let service: Service;
let server: RunningServer;
// Owned by the file, not a test: the workers open the workspace by its path.
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-export-jobs-'));
  service = new Service(await openWorkspace(path.join(dir, 'jobs.assay')));
  importBytes(importStores(service.workspace.db), outputLog(12, 'Small Log'), 'small.txt', null);
  importBytes(importStores(service.workspace.db), outputLog(INLINE_LIMIT, 'Large Log'), 'large.txt', null);
  server = await startServer({ service });
});
afterAll(async () => {
  await server.close();
  service.workspace.db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function post<T>(method: string, input: object): Promise<T> {
  const response = await fetch(`${server.url}api/${method}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: `assay_token=${server.token}` }, body: JSON.stringify(input),
  });
  return ((await response.json()) as { result: T }).result;
}

const small = { selection: { document: 'Small Log' } };

describe('export jobs', () => {
  it('writes a small export at once on the service thread, so the first wait finds it done', async () => {
    const { jobId } = service.call('exports.start', { ...small, format: 'md' });
    // Collected before start returns, then written here: no worker, which would still be collecting. (The first
    // export of a format loads its writer, a few turns of the event loop on a cold module cache; bench/ times it.)
    expect(service.call('exports.status', { jobId }).stage).toMatch(/rendering|done/u);
    expect(await service.request('exports.wait', { jobId, after: 'rendering' })).toMatchObject({ stage: 'done', metrics: 12 });
    const docx = service.call('exports.start', { ...small, format: 'docx' }).jobId;
    expect(await service.request('exports.wait', { jobId: docx })).toMatchObject({ stage: expect.stringMatching(/rendering|done/u) });
    expect(await service.request('exports.wait', { jobId: docx, after: 'rendering' })).toMatchObject({ stage: 'done', metrics: 12 });
    expect(Buffer.from(service.call('exports.file', { jobId: docx }).data, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('writes a large export on a worker, and a wait answers each change of stage as it happens', async () => {
    const { jobId } = service.call('exports.start', { selection: {}, format: 'csv' });
    expect(service.call('exports.status', { jobId }).stage).toBe('collecting');
    // In process, exports.wait never blocks: it answers with the state as it is.
    expect(service.call('exports.wait', { jobId, after: 'collecting' }).stage).toBe('collecting');
    const seen: string[] = [];
    let stage: string | undefined = 'collecting';
    while (stage === 'collecting' || stage === 'rendering') {
      ({ stage } = await service.request('exports.wait', { jobId, after: stage as 'collecting' }));
      seen.push(stage);
    }
    expect(service.call('exports.status', { jobId }).error).toBe(null);
    expect(seen.at(-1)).toBe('done');
    expect(service.call('exports.status', { jobId }).metrics).toBe(12 + INLINE_LIMIT);
  });

  it('over HTTP, answers other calls while a wait is out, and a cancel ends the wait', async () => {
    const { jobId } = await post<{ jobId: string }>('exports.start', { selection: {}, format: 'xlsx' });
    let answered = false;
    const waiting = post<{ stage: string }>('exports.wait', { jobId, after: 'collecting' }).then((s) => { answered = true; return s; });
    const info = await post<{ documentCount: number }>('workspace.info', {});
    expect(info.documentCount).toBe(2);
    // The worker takes a second or more to start, so the wait is still out.
    expect(answered).toBe(false);
    expect(await post('exports.cancel', { jobId })).toEqual({ ok: true });
    expect((await waiting).stage).toBe('cancelled');
    expect(await post('exports.wait', { jobId, after: 'collecting' })).toMatchObject({ stage: 'cancelled' });
  });

  it('answers a wait with the state unchanged when nothing happens in time', async () => {
    const { jobId } = service.call('exports.start', { ...small, format: 'csv' });
    await new Promise(setImmediate);
    const jobs = (service as unknown as { exports: { wait(id: string, after: string, ms: number): Promise<{ stage: string }> } }).exports;
    const started = performance.now();
    expect((await jobs.wait(jobId, 'done', 100)).stage).toBe('done');
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
  });
});
