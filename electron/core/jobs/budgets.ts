import path from 'node:path';
import type { ImportOutcome } from '../../../shared/imports.ts';

/*
 * What one file may cost to read. Reading (parsing, repairing, extracting) runs in a reader
 * process watched by the writer: a file that takes longer, or makes the reader grow by more,
 * is refused, its partial work thrown away with the reader, and the batch goes on with the
 * next file on a fresh reader. Real documents stay far below both: a 300-page PDF report
 * reads in under 2 s and grows the process by about 150 MB.
 */

/** How often the writer looks at the reader's time and the process's memory, in milliseconds. */
export const WATCH_INTERVAL_MS = 20;

/** What one file may cost to read; tests shrink them to see a file refused. */
export interface FileBudgets {
  /** Longest one file may take to read, in milliseconds (storing it comes after, bounded by MAX_PASSAGES). */
  timeMs: number;
  /** Most the reader may grow by while one file is read, in bytes. */
  memoryBytes: number;
  /** The reader's JavaScript heap: past it, V8 stops the reader (not the import) and the file is refused. */
  readerHeapMb: number;
}

/**
 * The budgets every import runs with: 25 s, 384 MB of growth, a 384 MB reader heap. With the
 * writer's own memory, an import stays under 1 GB whatever it is given.
 */
export const FILE_BUDGETS: FileBudgets = { timeMs: 25_000, memoryBytes: 384 * 1024 * 1024, readerHeapMb: 384 };

/** Why a reader was stopped in the middle of a file. */
export type OverBudget = 'time' | 'memory' | 'crash';

/** The outcome for a file whose reader had to be stopped: what limit it hit and what to do. */
export function overBudgetOutcome(file: string, why: OverBudget, budgets: FileBudgets, detail = ''): ImportOutcome {
  const name = path.basename(file);
  if (why === 'time') {
    return {
      status: 'failed', file, code: 'TOO_SLOW',
      error: `${name} was not imported: reading it took longer than ${budgets.timeMs / 1000} s, the most Assay gives one file `
        + '(it may be built to stall a reader, or be far larger than a document). Nothing from it was saved. '
        + 'If it is a real document, split it or save it again (print a PDF to a new PDF) and import that.',
    };
  }
  if (why === 'memory') {
    return {
      status: 'failed', file, code: 'TOO_MUCH_MEMORY',
      error: `${name} was not imported: reading it needed more than ${Math.round(budgets.memoryBytes / 1048576)} MB of memory, the most Assay `
        + 'gives one file (it may be built to exhaust memory, such as a compression bomb). Nothing from it was saved. '
        + 'If it is a real document, split it into smaller files and import those.',
    };
  }
  return {
    status: 'failed', file, code: 'READER_CRASHED',
    error: `${name} was not imported: the reader stopped while reading it${detail ? ` (${detail})` : ''}. Nothing from it was saved; `
      + 'the other files were imported. If it opens elsewhere, save a new copy and import that.',
  };
}
