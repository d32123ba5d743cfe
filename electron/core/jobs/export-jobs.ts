import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { AssayError } from '../../../shared/errors.ts';
import type { ExportFormat, ExportJobState, ExportView, GridSelection } from '../../../shared/exports.ts';
import { exportFileName } from '../export/export-grid.ts';
import type { ExportWorkerInput, ExportWorkerMessage } from './export-worker.ts';
import { siblingScript } from './sibling-script.ts';

/** Exports the UI started, by id: their stage, and the file once written (kept until fetched or ten minutes pass). */
export class ExportJobs {
  private readonly jobs = new Map<string, { state: ExportJobState; worker: Worker; data: Buffer | null }>();
  private readonly workspacePath: string;

  constructor(workspacePath: string) {
    this.workspacePath = workspacePath;
  }

  /** Starts exporting the grid (selection, as its list or period sheet) or a report (reportId, with its name for the file). */
  start(target: { selection?: GridSelection; view?: ExportView; reportId?: number; reportName?: string }, format: ExportFormat): string {
    const id = randomUUID();
    const input: ExportWorkerInput = { workspacePath: this.workspacePath, selection: target.selection, view: target.view, reportId: target.reportId, format };
    const worker = new Worker(siblingScript('export-worker', import.meta.url), { workerData: input });
    const entry = { state: { id, stage: 'collecting', metrics: null, fileName: exportFileName(format, target.reportName, new Date(), target.view), size: null, error: null } as ExportJobState, worker, data: null as Buffer | null };
    this.jobs.set(id, entry);
    worker.on('message', (m: ExportWorkerMessage) => {
      if (m.type === 'collected') entry.state = { ...entry.state, stage: 'rendering', metrics: m.metrics };
      if (m.type === 'done') { entry.data = Buffer.from(m.data); entry.state = { ...entry.state, stage: 'done', size: m.data.byteLength }; }
      if (m.type === 'error') entry.state = { ...entry.state, stage: 'failed', error: m.message };
    });
    worker.on('error', (e) => { entry.state = { ...entry.state, stage: 'failed', error: e.message }; });
    worker.on('exit', () => {
      if (entry.state.stage === 'collecting' || entry.state.stage === 'rendering') entry.state = { ...entry.state, stage: 'failed', error: 'The export stopped unexpectedly.' };
      setTimeout(() => this.jobs.delete(id), 10 * 60_000).unref();
    });
    return id;
  }

  status(id: string): ExportJobState {
    return this.entry(id).state;
  }

  /** The written file; it stays available until the job is forgotten. */
  file(id: string): Buffer {
    const entry = this.entry(id);
    if (!entry.data) throw new AssayError('EXPORT_NOT_READY', entry.state.error ?? 'The export is not written yet; wait for it to finish.');
    return entry.data;
  }

  cancel(id: string): boolean {
    const entry = this.entry(id);
    if (entry.state.stage !== 'collecting' && entry.state.stage !== 'rendering') return false;
    entry.state = { ...entry.state, stage: 'cancelled' };
    void entry.worker.terminate();
    return true;
  }

  private entry(id: string) {
    const entry = this.jobs.get(id);
    if (!entry) throw new AssayError('NO_SUCH_JOB', `There is no export ${id}; it may have finished long ago. Export again.`);
    return entry;
  }
}
