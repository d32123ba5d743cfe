import { Worker } from 'node:worker_threads';
import { AssayError } from '../../../shared/errors.ts';
import type { ImportOutcome, ImportProgress, ImportSummary } from '../../../shared/imports.ts';
import { FILE_BUDGETS, type FileBudgets } from './budgets.ts';
import type { ImportWorkerInput, ImportWorkerMessage } from './import-messages.ts';
import type { ReaderRelay } from './reader-relay-messages.ts';
import { siblingScript } from './sibling-script.ts';

export interface ImportJob {
  /** Stops after the file being imported; that file is finished or rolled back whole. */
  cancel(): void;
  result: Promise<ImportSummary>;
}

export interface ImportListener {
  onProgress?(progress: ImportProgress): void;
  onOutcome?(outcome: ImportOutcome): void;
  /** What one file may cost to read; FILE_BUDGETS unless a test shrinks them. */
  budgets?: Partial<FileBudgets>;
  /** Where readers come from in the desktop app (its main process starts them); unset, they are forked. */
  readers?: ReaderRelay;
}

/**
 * Imports files and folders into the workspace on a worker thread. The workspace must
 * already be open (and so migrated) on this thread.
 */
export function startImport(workspacePath: string, paths: string[], listener: ImportListener = {}): ImportJob {
  const cancelFlag = new SharedArrayBuffer(4);
  const budgets = { ...FILE_BUDGETS, ...listener.budgets };
  const input: ImportWorkerInput = { workspacePath, paths, cancelFlag, budgets, relayReaders: listener.readers !== undefined };
  const worker = new Worker(siblingScript('import-worker', import.meta.url), { workerData: input });
  const outcomes: ImportOutcome[] = [];
  const result = new Promise<ImportSummary>((resolve, reject) => {
    let settled = false;
    worker.on('message', (message: ImportWorkerMessage) => {
      if (message.type === 'reader') listener.readers?.(message.request);
      if (message.type === 'progress') listener.onProgress?.(message.progress);
      if (message.type === 'outcome') {
        outcomes.push(message.outcome);
        listener.onOutcome?.(message.outcome);
      }
      if (message.type === 'done') {
        settled = true;
        resolve({ outcomes, skipped: message.skipped, unreadable: message.unreadable, cancelled: message.cancelled });
      }
      if (message.type === 'error') {
        settled = true;
        reject(new AssayError('IMPORT_FAILED', `The import stopped: ${message.message}`));
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new AssayError('IMPORT_FAILED', `The import stopped unexpectedly (worker exit code ${code}).`));
    });
  });
  return {
    cancel: () => Atomics.store(new Int32Array(cancelFlag), 0, 1),
    result,
  };
}
