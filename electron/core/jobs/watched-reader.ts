import { Worker } from 'node:worker_threads';
import type { ReadFile } from '../import/import-file.ts';
import { WATCH_INTERVAL_MS, overBudgetOutcome, type FileBudgets, type OverBudget } from './budgets.ts';
import type { ReadWorkerInput, ReadWorkerMessage } from './read-worker.ts';
import { siblingScript } from './sibling-script.ts';

/** What a watched reader reports, in file order. */
export interface WatchedReaderEvents {
  /** A file read, or refused (over its budget too): every index from 0 up comes exactly once. */
  onRead(index: number, read: ReadFile): void;
  /** Every file has been reported, or the import was cancelled. */
  onDone(): void;
}

interface Current {
  index: number;
  startedAt: number;
  rssAtStart: number;
}

/**
 * Runs the reader thread of an import and holds it to each file's budget (budgets.ts). A
 * file that runs over its time or memory, or brings the reader down (V8 stops a reader
 * whose heap runs out), is reported as refused; the reader is thrown away with whatever it
 * had half-built and a fresh one starts at the next file, so the batch goes on.
 */
export class WatchedReader {
  private worker: Worker | null = null;
  private current: Current | null = null;
  private finished = false;
  private readonly timer: NodeJS.Timeout;
  private readonly files: string[];
  private readonly control: SharedArrayBuffer;
  private readonly events: WatchedReaderEvents;
  private readonly budgets: FileBudgets;

  constructor(files: string[], control: SharedArrayBuffer, budgets: FileBudgets, events: WatchedReaderEvents) {
    this.files = files;
    this.budgets = budgets;
    this.control = control;
    this.events = events;
    this.timer = setInterval(() => this.watch(), WATCH_INTERVAL_MS);
    this.spawn(0);
  }

  /** Stops the reader; files not yet reported are not read. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    this.finished = true;
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private spawn(startAt: number): void {
    if (startAt >= this.files.length) return this.finish();
    const workerData: ReadWorkerInput = { files: this.files, startAt, control: this.control };
    const worker = new Worker(siblingScript('read-worker', import.meta.url), {
      workerData, resourceLimits: { maxOldGenerationSizeMb: this.budgets.readerHeapMb },
    });
    this.worker = worker;
    // Each handler first checks the reader is still the current one: a stopped reader's last words are ignored.
    worker.on('message', (message: ReadWorkerMessage) => {
      if (worker === this.worker) this.receive(message);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (worker === this.worker) this.stop(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash', error.message);
    });
    worker.on('exit', (code) => {
      if (worker === this.worker && !this.finished) this.stop('crash', `exit code ${code}`);
    });
  }

  private receive(message: ReadWorkerMessage): void {
    if (message.type === 'start') {
      this.current = { index: message.index, startedAt: message.at, rssAtStart: message.rss };
      return;
    }
    if (message.type === 'read') {
      this.current = null;
      this.events.onRead(message.index, message.read);
      return;
    }
    this.finish();
  }

  private watch(): void {
    const current = this.current;
    if (!current) return;
    if (Date.now() - current.startedAt > this.budgets.timeMs) return this.stop('time');
    // Growth from when the reader began the file: memory a stopped reader leaves behind is reused, not counted again.
    if (process.memoryUsage.rss() - current.rssAtStart > this.budgets.memoryBytes) this.stop('memory');
  }

  private stop(why: OverBudget, detail = ''): void {
    const worker = this.worker;
    const current = this.current;
    this.worker = null;
    this.current = null;
    void worker?.terminate();
    // A reader that stopped between files is blamed on the next one, so a reader that cannot even start never loops.
    const index = current?.index ?? this.nextUnreported();
    if (index >= this.files.length) return this.finish();
    this.events.onRead(index, { ok: false, outcome: overBudgetOutcome(this.files[index]!, why, this.budgets, detail) });
    this.spawn(index + 1);
  }

  private nextUnreported(): number {
    return Atomics.load(new Int32Array(this.control), 1);
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    clearInterval(this.timer);
    this.events.onDone();
  }
}
