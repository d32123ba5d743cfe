import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ImportOutcome, ImportSummary } from '../../../shared/imports.ts';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { startImport } from '../../../electron/core/jobs/import-job.ts';
import { HOSTILE_KINDS, makeHostileFile, makeLoopFolder } from '../../helpers/hostile-files.ts';
import { tempDir, tempWorkspacePath } from '../../helpers/temp-workspace.ts';

/*
 * The hostile-input suite: every kind of file built to break an importer, imported in one
 * batch between ordinary files. Each must get a clear answer (imported, or refused with a
 * reason that names it; never an internal error), the ordinary files after it must still be
 * imported, and the workspace must hold whole documents only.
 */

const GOOD = 'Pr-Nd oxide traded at 444,500 yuan/mt on March 31, up 11.68% in the quarter.\n';

function goodFile(dir: string, name: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${name}\n\n${GOOD}`);
  return file;
}

/** No half-imported document: every document has a version with passages, and the file is sound. */
function expectWholeDocuments(db: Database, summary: ImportSummary): void {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  const imported = summary.outcomes.filter((o) => o.status === 'imported').length;
  expect((db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(imported);
  const empty = db.prepare('SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.document_id = d.id)').get() as { n: number };
  expect(empty.n).toBe(0);
}

function expectClear(outcome: ImportOutcome | undefined, file: string): void {
  expect(outcome, `${path.basename(file)} has an outcome`).toBeDefined();
  if (outcome!.status !== 'failed') return;
  expect(outcome!.code, `${path.basename(file)}: ${outcome!.error}`).not.toMatch(/^(INTERNAL|READER_CRASHED)$/u);
  expect(outcome!.error).toContain(path.basename(file));
}

describe('hostile files', () => {
  // The budget tests run first, in a process that has not yet grown: memory freed by earlier imports is reused without growing.
  it('refuses a file over its time budget, throws its reader away and imports the next file', async () => {
    const dir = tempDir();
    const slow = makeHostileFile(dir, 'txt-one-line', 'test').path;
    const after = goodFile(dir, 'after.txt');
    const ws = await openWorkspace(tempWorkspacePath());
    const summary = await startImport(ws.path, [slow, after], { budgets: { timeMs: 1000 } }).result;
    expect(summary.outcomes[0]).toMatchObject({ status: 'failed', code: 'TOO_SLOW' });
    expect((summary.outcomes[0] as { error: string }).error).toMatch(/one-line\.txt was not imported: reading it took longer than 1 s/u);
    expect(summary.outcomes[1]).toMatchObject({ status: 'imported', title: 'after.txt' });
    expectWholeDocuments(ws.db, summary);
    ws.db.close();
  }, 60_000);

  it('refuses a file over its memory budget and imports the next file', async () => {
    const dir = tempDir();
    const big = makeHostileFile(dir, 'txt-one-line', 'test').path;
    const after = goodFile(dir, 'after.txt');
    const ws = await openWorkspace(tempWorkspacePath());
    const summary = await startImport(ws.path, [big, after], { budgets: { memoryBytes: 16 * 1024 * 1024 } }).result;
    expect(summary.outcomes[0]).toMatchObject({ status: 'failed', code: 'TOO_MUCH_MEMORY' });
    expect((summary.outcomes[0] as { error: string }).error).toMatch(/needed more than 16 MB of memory, the most Assay gives one file/u);
    expect(summary.outcomes[1]).toMatchObject({ status: 'imported' });
    expectWholeDocuments(ws.db, summary);
    ws.db.close();
  }, 60_000);
  it('each gets a clear answer, the batch goes on, and only whole documents are stored', async () => {
    const dir = tempDir();
    const cases = HOSTILE_KINDS.map((kind) => makeHostileFile(dir, kind, 'test'));
    const { folder } = makeLoopFolder(dir);
    const goods = [goodFile(dir, 'first.txt'), goodFile(dir, 'middle.txt'), goodFile(dir, 'last.txt')];
    const half = Math.floor(cases.length / 2);
    const paths = [goods[0]!, ...cases.slice(0, half).map((c) => c.path), goods[1]!, ...cases.slice(half).map((c) => c.path), folder, goods[2]!];
    const ws = await openWorkspace(tempWorkspacePath());
    const started = performance.now();
    const summary = await startImport(ws.path, paths).result;
    const elapsed = performance.now() - started;

    for (const c of cases) {
      const outcome = summary.outcomes.find((o) => o.file === path.resolve(c.path) || o.file === c.path);
      expectClear(outcome, c.path);
      if (c.expected === 'imported') expect(outcome!.status, `${c.name}: ${JSON.stringify(outcome)}`).toBe('imported');
      if (c.expected === 'refused') expect(outcome!.status, c.name).toBe('failed');
      if (c.reason && outcome!.status === 'failed') expect(outcome!.error).toMatch(c.reason);
    }
    for (const good of [...goods, path.join(folder, 'inner', 'good.txt')]) {
      expect(summary.outcomes.find((o) => o.file === path.resolve(good))?.status, good).toBe('imported');
    }
    expect(summary.unreadable.map((u) => path.basename(u.path)).sort()).toEqual(['dangling.txt', 'here', 'self.md', 'up.txt']);
    expect(summary.unreadable.every((u) => /skipped/u.test(u.reason))).toBe(true);
    expectWholeDocuments(ws.db, summary);
    // Each file is held to 25 s; at these sizes the whole batch takes a few seconds.
    expect(elapsed).toBeLessThan(90_000);
    ws.db.close();
  }, 180_000);

});
