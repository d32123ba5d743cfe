import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { ExportFormat, ExportView, GridSelection } from '../../../shared/exports.ts';
import { exportGrid, exportReport, exportSheet } from '../export/export-grid.ts';

/*
 * Writes an export on its own thread, reading the workspace through a read-only
 * connection (WAL lets it read while the UI's thread writes), so a large export never
 * holds up the window.
 */

/** The grid as it stands (selection, as its list or period sheet) or a saved report (reportId). */
export interface ExportWorkerInput { workspacePath: string; selection?: GridSelection; view?: ExportView; reportId?: number; format: ExportFormat }
export type ExportWorkerMessage =
  | { type: 'collected'; metrics: number }
  | { type: 'done'; data: Uint8Array }
  | { type: 'error'; message: string };

const { workspacePath, selection, view, reportId, format } = workerData as ExportWorkerInput;
const db = new Database(workspacePath, { readonly: true, fileMustExist: true });
try {
  const collected = (d: { metrics: unknown[] }) => parentPort!.postMessage({ type: 'collected', metrics: d.metrics.length } satisfies ExportWorkerMessage);
  const grid = () => (view === 'sheet' ? exportSheet(db, selection ?? {}, collected) : exportGrid(db, selection ?? {}, format, collected));
  const data = reportId !== undefined ? await exportReport(db, reportId, format, collected) : await grid();
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
  parentPort!.postMessage({ type: 'done', data: bytes } satisfies ExportWorkerMessage, [bytes.buffer]);
} catch (error) {
  parentPort!.postMessage({ type: 'error', message: (error as Error).message } satisfies ExportWorkerMessage);
} finally {
  db.close();
}
