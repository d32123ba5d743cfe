import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../electron/server.ts';
import { burstFolder, editsBesideImport, serving, type Api } from '../../helpers/busy-burst.ts';
import { tempDir, tempWorkspacePath } from '../../helpers/temp-workspace.ts';

/*
 * A busy workspace in browser mode (#21): while another connection or process holds the write
 * lock, the server's one thread keeps answering; a write it cannot make answers 503 BUSY (it
 * changed nothing) within a second, and the client's retry lands it once the lock is free.
 */

let server: RunningServer | null = null;
afterEach(async () => { await server?.close(); server = null; });

async function started() {
  const file = tempWorkspacePath();
  const serve = await serving(file);
  server = serve.server;
  return { file, api: serve.api, id: serve.ids[0]!, ids: serve.ids };
}

/** Another process's writer, as SQLite sees it: a second connection holding the write lock. */
function holdWriteLock(file: string): () => void {
  const db = new Database(file);
  db.exec('BEGIN IMMEDIATE');
  return () => { db.exec('COMMIT'); db.close(); };
}

/** The metric's note as the server reads it now. */
async function noteOf(api: Api, id: number): Promise<string | null> {
  return (JSON.parse((await api('metrics.get', { id })).body) as { result: { note: string | null } }).result.note;
}

describe('a workspace another writer holds', () => {
  it('answers an edit 503 BUSY within a second, keeps answering reads meanwhile, and changes nothing', async () => {
    const { file, id, api } = await started();
    const release = holdWriteLock(file);
    try {
      const [edit, read] = await Promise.all([
        api('metrics.update', { id, patch: { note: 'Checked.' } }),
        new Promise<Awaited<ReturnType<Api>>>((resolve) => setTimeout(() => resolve(api('metrics.page', { limit: 5 })), 50)),
      ]);
      expect(edit.status).toBe(503);
      expect(edit.retryAfter).toBe('1');
      expect(JSON.parse(edit.body).error).toMatchObject({ code: 'BUSY', message: expect.stringMatching(/Nothing was changed/u) });
      expect(edit.ms).toBeLessThan(1000);
      expect(read.status).toBe(200);
      expect(read.ms).toBeLessThan(300);
    } finally {
      release();
    }
    expect(await noteOf(api, id)).toBeNull();
    const again = await api('metrics.update', { id, patch: { note: 'Checked.' } });
    expect(again.status).toBe(200);
    expect(await noteOf(api, id)).toBe('Checked.');
  });

  it('lands an edit itself when the lock is let go within the request\'s own wait', async () => {
    const { file, id, api } = await started();
    const release = holdWriteLock(file);
    setTimeout(release, 150);
    const edit = await api('metrics.update', { id, patch: { status: 'verified' } });
    expect(edit.status).toBe(200);
    expect(JSON.parse(edit.body).result.status).toBe('verified');
  });
});

describe('an import in another process beside a burst of edits through the server', () => {
  it('fails no file and no edit: no 500, no request over a second, every acknowledged edit saved', async () => {
    const { file, api, ids } = await started();
    const burst = await editsBesideImport(api, file, burstFolder(path.join(tempDir(), 'burst'), 120, 2), ids);
    expect(burst.importCode, burst.importOut).toBe(0);
    expect(burst.outcomes.filter((o) => o.status === 'failed')).toEqual([]);
    expect(burst.outcomes.filter((o) => o.status === 'imported')).toHaveLength(122);
    expect(burst.replies.filter((r) => r.status !== 200 && r.status !== 503).map((r) => r.body)).toEqual([]);
    expect(Math.max(...burst.replies.map((r) => r.ms))).toBeLessThan(1000);
    for (const id of ids) expect(await noteOf(api, id)).toBe(burst.acknowledged.get(id));
  }, 180_000);
});
