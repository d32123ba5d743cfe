import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImportJobState } from '../../../shared/contract.ts';
import { AssayError } from '../../../shared/errors.ts';
import { startImport, type ImportJob } from './import-job.ts';
import type { ReaderRelay } from './reader-relay-messages.ts';

/**
 * Import jobs the UI started, by id, so it can poll their progress and cancel them.
 * Finished jobs are kept for a while so a last poll still sees the summary.
 */
export class JobRegistry {
  private readonly jobs = new Map<string, { job: ImportJob; state: ImportJobState; cleanup?: () => void }>();
  private readonly workspacePath: string;
  private readonly readers: ReaderRelay | undefined;

  /** `readers`: where the desktop app's imports get their readers (import-job.ts); unset, they are forked. */
  constructor(workspacePath: string, readers?: ReaderRelay) {
    this.workspacePath = workspacePath;
    this.readers = readers;
  }

  /** Imports files and folders by path (the desktop app, which has them). */
  start(paths: string[], cleanup?: () => void): string {
    const id = randomUUID();
    const state: ImportJobState = { id, progress: null, done: false, summary: null, error: null };
    const job = startImport(this.workspacePath, paths, { onProgress: (p) => { state.progress = p; }, readers: this.readers });
    this.jobs.set(id, { job, state, cleanup });
    job.result.then(
      (summary) => { state.summary = summary; },
      (error: Error) => { state.error = error.message; },
    ).finally(() => {
      state.done = true;
      cleanup?.();
      setTimeout(() => this.jobs.delete(id), 10 * 60_000).unref();
    });
    return id;
  }

  /** Imports files a browser sent: written to a private temporary folder, removed afterwards. */
  upload(files: Array<{ name: string; data: string }>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-upload-'));
    const paths = files.map((f, i) => {
      const safe = path.basename(f.name).replace(/[^\p{L}\p{N}._ -]/gu, '_') || `file-${i}`;
      const target = path.join(dir, String(i).padStart(4, '0'), safe);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, Buffer.from(f.data, 'base64'));
      return target;
    });
    return this.start(paths, () => fs.rmSync(dir, { recursive: true, force: true }));
  }

  status(id: string): ImportJobState {
    const entry = this.jobs.get(id);
    if (!entry) throw new AssayError('NO_SUCH_JOB', `There is no import ${id}; it may have finished long ago.`);
    return entry.state;
  }

  cancel(id: string): boolean {
    const entry = this.jobs.get(id);
    if (!entry || entry.state.done) return false;
    entry.job.cancel();
    return true;
  }
}
