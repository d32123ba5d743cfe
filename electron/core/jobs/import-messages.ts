import type { ImportOutcome, ImportProgress } from '../../../shared/imports.ts';
import type { Unreadable } from '../import/expand-paths.ts';
import type { FileBudgets } from './budgets.ts';

/** What the main thread sends to start an import worker. */
export interface ImportWorkerInput {
  workspacePath: string;
  paths: string[];
  /** One Int32: set to 1 to ask the worker to stop after the file it is on. */
  cancelFlag: SharedArrayBuffer;
  /** What one file may cost to read (budgets.ts). */
  budgets: FileBudgets;
}

/** What an import worker posts back, in order: progress and results, then done. */
export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'outcome'; outcome: ImportOutcome }
  | { type: 'done'; skipped: string[]; unreadable: Unreadable[]; cancelled: boolean }
  | { type: 'error'; message: string };
