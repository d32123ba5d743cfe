import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { startImport } from '../../../electron/core/jobs/import-job.ts';
import { Service } from '../../../electron/core/service.ts';
import type { ImportOutcome } from '../../../shared/imports.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { tempDir, tempWorkspacePath } from '../../helpers/temp-workspace.ts';

/*
 * Two writers on one workspace (#21): an edit's undo step is written with the edit or not at
 * all; an edit to a metric another writer removed is refused in words; and two processes
 * importing into one file both succeed, every file once.
 */

const CHILD = path.resolve('tests/helpers/import-child.ts');

async function seeded() {
  const file = tempWorkspacePath();
  const service = new Service(await openWorkspace(file));
  importBytes(importStores(service.workspace.db), fixture('ir-record.txt'), 'ir-record.txt', null);
  const id = service.call('metrics.page', { label: 'operating revenue' }).rows[0]!.id;
  return { service, id, file };
}

/** What another process would do: a second connection to the same file. */
function other(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  return db;
}

function folder(name: string, count: number): string {
  const dir = path.join(tempDir(), name);
  fs.mkdirSync(dir);
  for (let i = 0; i < count; i++) {
    fs.writeFileSync(path.join(dir, `${name}-${String(i).padStart(3, '0')}.txt`),
      `${name} note ${i}\n\nOutput reached ${i * 10 + 5} mt in the quarter, up ${i + 1}% year on year.\n\nRevenue was ${i + 100} million yuan.\n`);
  }
  return dir;
}

function runChild(workspace: string, paths: string[]): Promise<ImportOutcome[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--no-memory-protection-keys', CHILD, workspace, '30000', ...paths], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); });
    child.on('error', reject);
    child.on('exit', (code) => {
      const lines = out.split('\n').filter(Boolean);
      if (code !== 0 || lines.at(-1) !== 'done') reject(new Error(`the child import ended with ${code}: ${out.slice(-500)}`));
      else resolve(lines.slice(0, -1).map((l) => JSON.parse(l) as ImportOutcome));
    });
  });
}

function documentCount(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('an edit and its undo step', () => {
  it('are written together: an edit that fails in its transaction leaves no undo step', async () => {
    const { service, id, file } = await seeded();
    service.call('metrics.update', { id, patch: { status: 'verified' } });
    // Another writer's rule refuses the next change to the row, inside the edit's transaction.
    const db = other(file);
    db.exec(`CREATE TRIGGER refuse BEFORE UPDATE OF label ON metrics BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    expect(() => service.call('metrics.update', { id, patch: { label: 'revenue', note: 'Restated.' } })).toThrow(/refused/u);
    db.exec('DROP TRIGGER refuse');
    db.close();
    expect(service.call('metrics.get', { id })).toMatchObject({ label: 'operating revenue', note: null, status: 'verified' });
    // The only step is the one that happened.
    expect(service.call('edits.undo', {})).toEqual({ targetKind: 'metric', targetId: id, count: 1 });
    expect(service.call('metrics.get', { id }).status).toBe('unreviewed');
    expect(service.call('edits.undo', {})).toBeNull();
  });
});

describe('an edit to a metric another writer removed', () => {
  it('is NO_SUCH_METRIC in words, not a foreign-key failure, and leaves no undo step', async () => {
    const { service, id, file } = await seeded();
    const tag = service.call('tags.create', { path: 'watch' });
    const db = other(file);
    db.prepare('DELETE FROM metrics WHERE id = ?').run(id); // as a new version's import replaces it
    db.close();
    for (const patch of [{ note: 'Restated.' }, { label: 'revenue' }, { status: 'verified' as const }]) {
      expect(() => service.call('metrics.update', { id, patch })).toThrow(expect.objectContaining({ code: 'NO_SUCH_METRIC', message: expect.stringMatching(/no metric/u) }));
    }
    expect(() => service.call('tags.set', { targetKind: 'metric', targetId: id, tagIds: [tag.id] }))
      .toThrow(expect.objectContaining({ code: 'NO_SUCH_METRIC', message: expect.stringMatching(/deleted or replaced by a new version/u) }));
    expect(service.call('tags.list', {}).find((t) => t.id === tag.id)?.count).toBe(0);
    expect(service.call('edits.undo', {})).toBeNull();
  });
});

describe('two processes importing into one workspace', () => {
  it('different folders: no file fails and every document is there', async () => {
    const workspace = tempWorkspacePath();
    (await openWorkspace(workspace)).db.close();
    const [a, b] = [folder('alpha', 60), folder('beta', 60)];
    const [child, own] = await Promise.all([runChild(workspace, [a]), startImport(workspace, [b], { budgets: { timeMs: 30_000 } }).result]);
    const outcomes = [...child, ...own.outcomes];
    expect(outcomes.filter((o) => o.status === 'failed')).toEqual([]);
    expect(outcomes).toHaveLength(120);
    expect(documentCount(workspace)).toBe(120);
  }, 120_000);

  it('the same folder: no file fails and each is stored once', async () => {
    const workspace = tempWorkspacePath();
    (await openWorkspace(workspace)).db.close();
    const dir = folder('same', 60);
    const [child, own] = await Promise.all([runChild(workspace, [dir]), startImport(workspace, [dir], { budgets: { timeMs: 30_000 } }).result]);
    const outcomes = [...child, ...own.outcomes];
    expect(outcomes.filter((o) => o.status === 'failed')).toEqual([]);
    expect(outcomes.filter((o) => o.status === 'imported')).toHaveLength(60);
    expect(documentCount(workspace)).toBe(60);
  }, 120_000);
});

/** Another process holding the write lock for `ms`: resolves once it has the lock. */
function lockElsewhere(file: string, ms: number): Promise<{ done: Promise<void> }> {
  const script = `const D = require(${JSON.stringify(path.resolve('node_modules/better-sqlite3'))}); const db = new D(process.argv[1]);
    db.exec('BEGIN IMMEDIATE'); console.log('locked'); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms});
    db.exec('COMMIT'); db.close();`;
  const child = spawn(process.execPath, ['-e', script, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  const done = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve) => child.stdout.once('data', () => resolve({ done })));
}

describe('an import that finds the workspace locked by another process', () => {
  it('waits again a bounded number of times and then imports the file', async () => {
    const { service, file } = await seeded();
    const db = service.workspace.db;
    db.pragma('busy_timeout = 150'); // one wait is shorter than the other process's write
    const { done } = await lockElsewhere(file, 400);
    const outcome = importBytes(importStores(db), Buffer.from('Late note\n\nOutput reached 40 mt in May.\n'), 'late.txt', null);
    await done;
    expect(outcome).toMatchObject({ status: 'imported', title: 'Late note' });
  });

  it('reports the file as not imported, in words, when the lock outlasts every wait', async () => {
    const { service, file } = await seeded();
    const db = service.workspace.db;
    db.pragma('busy_timeout = 20');
    const { done } = await lockElsewhere(file, 1500);
    const outcome = importBytes(importStores(db), Buffer.from('Late note\n\nOutput reached 40 mt in May.\n'), 'late.txt', null);
    await done;
    expect(outcome).toMatchObject({ status: 'failed', code: 'BUSY' });
    expect((outcome as { error: string }).error).toMatch(/^late\.txt was not imported: another Assay process kept the workspace busy \(4 waits/u);
    expect(service.call('documents.list', {}).map((d) => d.title)).not.toContain('Late note');
  });
});
