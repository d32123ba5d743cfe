import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { writeExport, type ExportTarget } from '../export/export-grid.ts';

/*
 * Writes a large export on its own thread, reading the workspace through a read-only
 * connection (WAL lets it read while the UI's thread writes), so it never holds up the window.
 */

/** The export to write, and the workspace to read it from. */
export interface ExportWorkerInput extends ExportTarget { workspacePath: string }
export type ExportWorkerMessage =
  | { type: 'collected'; metrics: number }
  | { type: 'done'; data: Uint8Array }
  | { type: 'error'; message: string };

const { workspacePath, ...target } = workerData as ExportWorkerInput;
const db = new Database(workspacePath, { readonly: true, fileMustExist: true });
try {
  const collected = (d: { metrics: unknown[] }) => parentPort!.postMessage({ type: 'collected', metrics: d.metrics.length } satisfies ExportWorkerMessage);
  const data = await writeExport(db, target, collected);
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
  parentPort!.postMessage({ type: 'done', data: bytes } satisfies ExportWorkerMessage, [bytes.buffer]);
} catch (error) {
  parentPort!.postMessage({ type: 'error', message: (error as Error).message } satisfies ExportWorkerMessage);
} finally {
  db.close();
}
