import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { attachWorkspace } from '../db/workspace.ts';
import { expandPaths } from '../import/expand-paths.ts';
import { importFile, importStores } from '../import/import-file.ts';
import type { ImportWorkerInput, ImportWorkerMessage } from './import-messages.ts';

/*
 * Runs an import away from the thread that answers the UI. It opens its own connection
 * to the workspace (WAL lets the UI keep reading) and imports file by file, each in its
 * own transaction, so cancelling leaves every file either fully imported or untouched.
 */

function post(message: ImportWorkerMessage): void {
  parentPort!.postMessage(message);
}

function run(input: ImportWorkerInput): void {
  const cancel = new Int32Array(input.cancelFlag);
  const db = attachWorkspace(input.workspacePath);
  try {
    const { files, skipped } = expandPaths(input.paths);
    const sizes = files.map((f) => fs.statSync(f, { throwIfNoEntry: false })?.size ?? 0);
    const bytesTotal = sizes.reduce((a, b) => a + b, 0);
    const stores = importStores(db);
    let bytesDone = 0;
    for (let i = 0; i < files.length; i++) {
      if (Atomics.load(cancel, 0) === 1) {
        post({ type: 'done', skipped, cancelled: true });
        return;
      }
      post({ type: 'progress', progress: { done: i, total: files.length, bytesDone, bytesTotal, file: files[i]! } });
      post({ type: 'outcome', outcome: importFile(stores, files[i]!) });
      bytesDone += sizes[i]!;
    }
    post({ type: 'progress', progress: { done: files.length, total: files.length, bytesDone, bytesTotal, file: null } });
    post({ type: 'done', skipped, cancelled: false });
  } finally {
    db.close();
  }
}

try {
  run(workerData as ImportWorkerInput);
} catch (error) {
  post({ type: 'error', message: (error as Error).message });
}
