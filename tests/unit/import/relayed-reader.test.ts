import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportJobState } from '../../../shared/contract.ts';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { CoreHost } from '../../../electron/core/host/core-host.ts';
import { startImport, type ImportListener } from '../../../electron/core/jobs/import-job.ts';
import { readerScript } from '../../../electron/core/jobs/reader-child.ts';
import { startUtilityReader } from '../../../electron/core/jobs/utility-reader.ts';
import { FIXTURES } from '../../helpers/fixtures.ts';
import { makeHostileFile } from '../../helpers/hostile-files.ts';
import { tempDir, tempWorkspacePath } from '../../helpers/temp-workspace.ts';
import { UtilityProcessStandIn } from '../../helpers/utility-process-stand-in.ts';

/*
 * The desktop app's readers (issue #18): with the runAsNode fuse off the import cannot fork
 * the app's binary, so its readers are started by the main process with utilityProcess and
 * relayed to the import worker through a MessagePort. Electron's runtime is not here, so a
 * stand-in for utilityProcess built on child_process.fork starts them; everything of Assay's
 * between the import and that call is the real thing, budgets included.
 */

function goodFile(dir: string, name: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${name}\n\nPr-Nd oxide traded at 444,500 yuan/mt on March 31, up 11.68% in the quarter.\n`);
  return file;
}

/** Imports `paths` with readers started through the stand-in, as main.ts starts them with utilityProcess. */
async function relayedImport(paths: string[], budgets: ImportListener['budgets']) {
  const utility = new UtilityProcessStandIn();
  const ws = await openWorkspace(tempWorkspacePath());
  const summary = await startImport(ws.path, paths, { budgets, readers: (request) => startUtilityReader(utility, readerScript(), request) }).result;
  const documents = (ws.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  ws.db.close();
  return { summary, documents, utility };
}

describe('readers started by the main process (utilityProcess) and relayed to the import', () => {
  it('refuses a file over its time budget, kills its reader and imports the files after it on a fresh one', async () => {
    const dir = tempDir();
    const slow = makeHostileFile(dir, 'txt-one-line', 'test').path;
    const paths = [goodFile(dir, 'before.txt'), slow, goodFile(dir, 'after.txt'), goodFile(dir, 'last.txt')];
    const { summary, documents, utility } = await relayedImport(paths, { timeMs: 1000 });
    expect(summary.outcomes.map((o) => o.status)).toEqual(['imported', 'failed', 'imported', 'imported']);
    expect(summary.outcomes[1]).toMatchObject({ code: 'TOO_SLOW' });
    expect((summary.outcomes[1] as { error: string }).error).toMatch(/one-line\.txt was not imported: reading it took longer than 1 s/u);
    expect(documents).toBe(3);
    // One reader up to the slow file, a fresh one after it; each asked for with the heap cap and a name.
    expect(utility.forks).toHaveLength(2);
    for (const f of utility.forks) {
      expect(path.basename(f.modulePath)).toBe('reader-process.ts');
      expect(f.execArgv).toEqual(['--max-old-space-size=384']);
      expect(f.serviceName).toBe('Assay file reader');
    }
    // Utility processes do not end when their parent lets go: the import's closed ports must have killed them.
    await utility.allEnded();
  }, 60_000);

  it('refuses a file whose reader runs out of heap, in V8\'s words relayed from its stderr, and goes on', async () => {
    const dir = tempDir();
    const big = makeHostileFile(dir, 'txt-one-line', 'test').path;
    const paths = [big, goodFile(dir, 'after.txt')];
    // A 32 MB heap reads a short note but not 4 MB on one line; the memory budget is set out of reach,
    // so only V8's last words on the reader's stderr can say it was memory.
    const { summary, documents, utility } = await relayedImport(paths, { readerHeapMb: 32, memoryBytes: 2 ** 32 });
    expect(summary.outcomes[0]).toMatchObject({ status: 'failed', code: 'TOO_MUCH_MEMORY' });
    expect(summary.outcomes[1]).toMatchObject({ status: 'imported', title: 'after.txt' });
    expect(documents).toBe(1);
    expect(utility.forks).toHaveLength(2);
    await utility.allEnded();
  }, 60_000);

  it('reaches the main process from an import the core thread started (CoreHost → core worker → import worker)', async () => {
    const utility = new UtilityProcessStandIn();
    const host = await CoreHost.open(tempWorkspacePath(), { readers: (request) => startUtilityReader(utility, readerScript(), request) });
    try {
      const { jobId } = await host.request('imports.start', { paths: [FIXTURES] });
      let state: ImportJobState;
      do {
        await new Promise((resolve) => setTimeout(resolve, 50));
        state = await host.request('imports.status', { jobId });
      } while (!state.done);
      expect(state.error).toBeNull();
      expect(state.summary!.outcomes.map((o) => o.status)).toEqual(['imported', 'imported', 'imported', 'imported']);
      expect(utility.forks).toHaveLength(1);
      await utility.allEnded();
    } finally {
      await host.close();
    }
  }, 60_000);

  it('refuses every file in words, and ends the import, when no reader can be started', async () => {
    const dir = tempDir();
    const paths = [goodFile(dir, 'one.txt'), goodFile(dir, 'two.txt')];
    const ws = await openWorkspace(tempWorkspacePath());
    const broken = { fork: () => { throw new Error('utility process service unavailable'); } };
    const summary = await startImport(ws.path, paths, { readers: (request) => startUtilityReader(broken, readerScript(), request) }).result;
    ws.db.close();
    expect(summary.outcomes).toHaveLength(2);
    for (const outcome of summary.outcomes) {
      expect(outcome).toMatchObject({ status: 'failed', code: 'READER_CRASHED' });
      expect((outcome as { error: string }).error).toMatch(/the reader stopped while reading it \(utility process service unavailable\)/u);
    }
  });
});
