import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { attachWorkspace } from '../db/workspace.ts';
import { expandPaths } from '../import/expand-paths.ts';
import { importStores, storeRead } from '../import/import-file.ts';
import type { ImportOutcome } from '../../../shared/imports.ts';
import type { ImportWorkerInput, ImportWorkerMessage } from './import-messages.ts';
import { forkReader, type LaunchReader } from './reader-child.ts';
import { relayedReaders } from './relayed-reader.ts';
import { WatchedReader } from './watched-reader.ts';

/*
 * Runs an import away from the thread that answers the UI. This thread writes: it opens
 * its own connection to the workspace (WAL lets the UI keep reading) and stores file by
 * file, each in a savepoint of its own, so a file is either imported whole or not at all.
 * Files are committed in groups (COMMIT_WAIT_MS after the first file of a group, or every
 * GROUP files) and reported only once committed. A second thread reads and extracts
 * ahead of this one in a process of its own, so both cores work; this thread holds it to each file's budget
 * (watched-reader.ts), so one hostile file is refused and never stops the batch.
 */

const GROUP = 64;
const COMMIT_WAIT_MS = 250;
/** Passage text held back for the search index (characters) past which a group commits early: memory stays bounded when files are large. */
const HELD_BACK_CHARS = 32 * 1024 * 1024;

function post(message: ImportWorkerMessage): void {
  parentPort!.postMessage(message);
}

/** Forked here under Node; in the desktop app, asked of the main process through the threads that started this one. */
function readerLauncher(input: ImportWorkerInput): LaunchReader {
  if (!input.relayReaders) return forkReader;
  return relayedReaders((request) => parentPort!.postMessage({ type: 'reader', request } satisfies ImportWorkerMessage, [request.port]));
}

async function run(input: ImportWorkerInput): Promise<void> {
  const cancel = new Int32Array(input.cancelFlag);
  const db = attachWorkspace(input.workspacePath);
  const { files, skipped, unreadable } = expandPaths(input.paths);
  const sizes = files.map((f) => fs.statSync(f, { throwIfNoEntry: false })?.size ?? 0);
  const bytesTotal = sizes.reduce((a, b) => a + b, 0);
  const stores = importStores(db, { deferIndex: true });
  let bytesDone = 0;
  let stored = 0;
  let pending: Array<{ outcome: ImportOutcome; bytes: number }> = [];
  let commitTimer: NodeJS.Timeout | null = null;
  const commit = () => {
    if (commitTimer) clearTimeout(commitTimer);
    commitTimer = null;
    if (db.inTransaction) {
      // The group's search-index writes, held back so FTS5 writes one segment per group, not per file.
      stores.passages.flushIndex();
      db.exec('COMMIT');
    }
    for (const p of pending) {
      stored++;
      bytesDone += p.bytes;
      post({ type: 'outcome', outcome: p.outcome });
    }
    pending = [];
    post({ type: 'progress', progress: { done: stored, total: files.length, bytesDone, bytesTotal, file: files[stored] ?? null } });
  };
  post({ type: 'progress', progress: { done: 0, total: files.length, bytesDone, bytesTotal, file: files[0] ?? null } });
  let reader: WatchedReader | null = null;
  try {
    await new Promise<void>((resolve) => {
      reader = new WatchedReader(files, input.budgets, {
        onDone: () => { commit(); resolve(); },
        onRead: (index, read) => {
          if (Atomics.load(cancel, 0) === 1) {
            reader?.close();
            commit();
            resolve();
            return;
          }
          // A refused file writes nothing, so it needs no transaction.
          // BEGIN IMMEDIATE: a group that starts as a reader cannot wait for another process's
          // write lock (SQLITE_BUSY at once); a writer waits under busy_timeout. If the lock never
          // comes, storeRead's own transaction asks again and reports the file as failed.
          if (read.ok && !db.inTransaction) beginWriting(db);
          pending.push({ outcome: storeRead(stores, read), bytes: sizes[index]! });
          reader?.stored(index + 1);
          if (pending.length >= GROUP || stores.passages.heldBackChars() > HELD_BACK_CHARS) commit();
          // A short wait gathers more files per commit: each commit flushes FTS5 segments, and
          // committing per file cost ~6% of import speed. Outcomes still appear within COMMIT_WAIT_MS.
          else commitTimer ??= setTimeout(commit, COMMIT_WAIT_MS);
        },
      }, readerLauncher(input));
    });
    // The writer checkpoints only every 10,000 pages (workspace.ts): leave no large WAL behind for the workbench's readers.
    db.pragma('wal_checkpoint(PASSIVE)');
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
    (reader as WatchedReader | null)?.close();
    db.close();
  }
  post({ type: 'done', skipped, unreadable, cancelled: stored < files.length });
}

run(workerData as ImportWorkerInput).catch((error: unknown) => post({ type: 'error', message: (error as Error).message || String(error) }));

function beginWriting(db: Database): void {
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
  }
}
