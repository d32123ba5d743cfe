import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { AssayError } from '../../../shared/errors.ts';
import type { ExportJobState } from '../../../shared/exports.ts';
import type { Workspace } from '../db/workspace.ts';
import { exportFileName, writeExport, type ExportTarget } from '../export/export-grid.ts';
import { exportSize } from '../export/export-size.ts';
import type { ExportWorkerInput, ExportWorkerMessage } from './export-worker.ts';
import { siblingScript } from './sibling-script.ts';

/**
 * Exports up to this many metrics (PDF aside) are written on the service thread: a worker
 * takes a second or two to start, and writing 500 metrics takes tens of milliseconds.
 */
export const INLINE_LIMIT = 500;

/** How long `wait` holds an answer when nothing changes: short enough for proxies and the UI to see a live server. */
export const WAIT_MS = 10_000;

const FORGET_MS = 10 * 60_000;

type Stage = ExportJobState['stage'];
const RUNNING: ReadonlySet<Stage> = new Set(['collecting', 'rendering']);

interface Job {
  state: ExportJobState;
  worker: Worker | null;
  data: Buffer | null;
  /** Called on every change of state, by those waiting for one. */
  listeners: Set<() => void>;
}

/** Exports the UI started, by id: their stage, and the file once written (kept until fetched or ten minutes pass). */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly workspace: Workspace;

  constructor(workspace: Workspace) {
    this.workspace = workspace;
  }

  /**
   * Starts exporting the grid or a report (reportName names its file). Small exports are
   * written here and now; large ones and PDFs (Chromium takes seconds) on a worker thread.
   */
  start({ reportName, ...target }: ExportTarget & { reportName?: string }): string {
    const id = randomUUID();
    const fileName = exportFileName(target.format, reportName, new Date(), target.view);
    const job: Job = { state: { id, stage: 'collecting', metrics: null, fileName, size: null, error: null }, worker: null, data: null, listeners: new Set() };
    this.jobs.set(id, job);
    const small = target.format !== 'pdf' && exportSize(this.workspace.db, target, INLINE_LIMIT + 1) <= INLINE_LIMIT;
    if (small) void this.runHere(id, job, target);
    else this.runOnWorker(id, job, target);
    return id;
  }

  status(id: string): ExportJobState {
    return this.entry(id).state;
  }

  /**
   * The job's state once its stage is no longer `after` (at once when it already differs or
   * `after` is left out), or as it is after `timeoutMs`: a long-poll that answers a change as it happens.
   */
  wait(id: string, after?: Stage, timeoutMs = WAIT_MS): Promise<ExportJobState> {
    const job = this.entry(id);
    if (after === undefined || job.state.stage !== after) return Promise.resolve(job.state);
    return new Promise((resolve) => {
      const answer = () => {
        clearTimeout(timer);
        job.listeners.delete(answer);
        resolve(job.state);
      };
      const timer = setTimeout(answer, timeoutMs).unref();
      job.listeners.add(answer);
    });
  }

  /** The written file; it stays available until the job is forgotten. */
  file(id: string): Buffer {
    const entry = this.entry(id);
    if (!entry.data) throw new AssayError('EXPORT_NOT_READY', entry.state.error ?? 'The export is not written yet; wait for it to finish.');
    return entry.data;
  }

  cancel(id: string): boolean {
    const job = this.entry(id);
    if (!RUNNING.has(job.state.stage)) return false;
    this.update(job, { stage: 'cancelled' });
    void job.worker?.terminate();
    return true;
  }

  /** Writes the export on this thread; a cancel while DOCX or XLSX is being packed throws the file away. */
  private async runHere(id: string, job: Job, target: ExportTarget): Promise<void> {
    try {
      const data = await writeExport(this.workspace.db, target, (d) => this.update(job, { stage: 'rendering', metrics: d.metrics.length }));
      this.finish(job, data);
    } catch (error) {
      this.update(job, { stage: 'failed', error: (error as Error).message });
    } finally {
      this.forgetLater(id);
    }
  }

  private runOnWorker(id: string, job: Job, target: ExportTarget): void {
    const input: ExportWorkerInput = { ...target, workspacePath: this.workspace.path };
    const worker = new Worker(siblingScript('export-worker', import.meta.url), { workerData: input });
    job.worker = worker;
    worker.on('message', (m: ExportWorkerMessage) => {
      if (m.type === 'collected') this.update(job, { stage: 'rendering', metrics: m.metrics });
      if (m.type === 'done') this.finish(job, Buffer.from(m.data));
      if (m.type === 'error') this.update(job, { stage: 'failed', error: m.message });
    });
    worker.on('error', (e) => this.update(job, { stage: 'failed', error: e.message }));
    worker.on('exit', () => {
      this.update(job, { stage: 'failed', error: 'The export stopped unexpectedly.' });
      this.forgetLater(id);
    });
  }

  private finish(job: Job, data: Buffer): void {
    if (!RUNNING.has(job.state.stage)) return;
    job.data = data;
    this.update(job, { stage: 'done', size: data.byteLength });
  }

  /** Changes a running job's state and tells those waiting; a finished job's state stays as it ended. */
  private update(job: Job, change: Partial<ExportJobState>): void {
    if (!RUNNING.has(job.state.stage)) return;
    job.state = { ...job.state, ...change };
    for (const listener of [...job.listeners]) listener();
  }

  private forgetLater(id: string): void {
    setTimeout(() => this.jobs.delete(id), FORGET_MS).unref();
  }

  private entry(id: string): Job {
    const entry = this.jobs.get(id);
    if (!entry) throw new AssayError('NO_SUCH_JOB', `There is no export ${id}; it may have finished long ago. Export again.`);
    return entry;
  }
}
