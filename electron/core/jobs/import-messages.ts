import type { ImportOutcome, ImportProgress } from '../../../shared/imports.ts';
import type { Unreadable } from '../import/expand-paths.ts';
import type { FileBudgets } from './budgets.ts';
import type { ReaderPortRequest } from './reader-relay-messages.ts';

/** What the main thread sends to start an import worker. */
export interface ImportWorkerInput {
  workspacePath: string;
  paths: string[];
  /** One Int32: set to 1 to ask the worker to stop after the file it is on. */
  cancelFlag: SharedArrayBuffer;
  /** What one file may cost to read (budgets.ts). */
  budgets: FileBudgets;
  /** Readers are asked of the thread that started the worker (the desktop app), not forked. */
  relayReaders: boolean;
}

/** What an import worker posts back, in order: progress and results, then done. */
export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'outcome'; outcome: ImportOutcome }
  | { type: 'done'; skipped: string[]; unreadable: Unreadable[]; cancelled: boolean }
  | { type: 'error'; message: string }
  /** A reader is wanted on this port (relayReaders only): the starter passes it on toward the main process. */
  | { type: 'reader'; request: ReaderPortRequest };
