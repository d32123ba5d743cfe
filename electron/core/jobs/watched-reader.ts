import type { ReadFile } from '../import/import-file.ts';
import { WATCH_INTERVAL_MS, overBudgetOutcome, type FileBudgets, type OverBudget } from './budgets.ts';
import { processRss } from './process-rss.ts';
import { forkReader, type LaunchReader, type ReaderChild } from './reader-child.ts';
import type { ReaderMessage, ReaderRequest } from './reader-process.ts';

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
 * Runs the reader process of an import (reader-process.ts) and holds it to each file's
 * budget (budgets.ts). A file that runs over its time or memory, or brings the reader down
 * (V8 stops a reader whose heap runs out), is reported as refused; the reader is killed
 * with whatever it had half-built and a fresh one starts at the next file, so the batch
 * goes on. Readers are started by `launch` (reader-child.ts): forked under Node, relayed
 * to Electron's main process in the desktop app.
 */
export class WatchedReader {
  private child: ReaderChild | null = null;
  private current: Current | null = null;
  private finished = false;
  /** Files reported so far (read, refused or stored): where a fresh reader starts. */
  private reported = 0;
  private readonly timer: NodeJS.Timeout;
  private readonly files: string[];
  private readonly events: WatchedReaderEvents;
  private readonly budgets: FileBudgets;
  private readonly launch: LaunchReader;
  private readonly names: string[] | undefined;

  /** `names`: file i holds the bytes of the document `names[i]`, read under that name with no source path (reader-process.ts). */
  constructor(files: string[], budgets: FileBudgets, events: WatchedReaderEvents, launch: LaunchReader = forkReader, names?: string[]) {
    this.files = files;
    this.names = names;
    this.budgets = budgets;
    this.events = events;
    this.launch = launch;
    this.timer = setInterval(() => this.watch(), WATCH_INTERVAL_MS);
    this.spawn(0);
  }

  /** The writer has stored every file before `count`: the reader may read further ahead. */
  stored(count: number): void {
    this.request({ type: 'stored', count });
  }

  /** Stops the reader; files not yet reported are not read. */
  close(): void {
    clearInterval(this.timer);
    this.finished = true;
    this.kill();
  }

  private spawn(startAt: number): void {
    if (startAt >= this.files.length) return this.finish();
    // Each handler first checks the reader is still the current one: a stopped reader's last words are ignored.
    const child: ReaderChild = this.launch(this.budgets.readerHeapMb, {
      message: (message) => {
        if (child === this.child) this.receive(message);
      },
      exit: ({ code, signal, lastWords }) => {
        if (child !== this.child || this.finished) return;
        const outOfHeap = /heap out of memory|Reached heap limit/iu.test(lastWords);
        this.stop(outOfHeap ? 'memory' : 'crash', signal ? `stopped by ${signal}` : `exit code ${code}`);
      },
      error: (error) => {
        if (child === this.child) this.stop('crash', error.message);
      },
    });
    this.child = child;
    this.request({ type: 'read', files: this.files, startAt, ...(this.names ? { names: this.names } : {}) });
  }

  private request(request: ReaderRequest): void {
    if (this.child?.connected) this.child.send(request);
  }

  private receive(message: ReaderMessage): void {
    if (message.type === 'start') {
      this.current = { index: message.index, startedAt: message.at, rssAtStart: message.rss };
      return;
    }
    if (message.type === 'read') {
      this.current = null;
      this.reported = message.index + 1;
      this.events.onRead(message.index, message.read);
      return;
    }
    this.finish();
  }

  private watch(): void {
    const current = this.current;
    if (!current || !this.child?.pid) return;
    if (Date.now() - current.startedAt > this.budgets.timeMs) return this.stopIfStillReading(current);
    const rss = processRss(this.child.pid);
    if (rss !== null && rss - current.rssAtStart > this.budgets.memoryBytes) this.stop('memory');
  }

  /**
   * Stops a reader over its time only once the messages that came meanwhile are read: while this
   * thread was busy (a group's commit) the reader may have finished the file in time, and its
   * answer waits behind this timer. I/O is read before the next immediate runs.
   */
  private stopIfStillReading(current: Current): void {
    setImmediate(() => {
      if (this.current === current && !this.finished) this.stop('time');
    });
  }

  private stop(why: OverBudget, detail = ''): void {
    const current = this.current;
    this.kill();
    this.current = null;
    // A reader that stopped between files is blamed on the next one, so a reader that cannot even start never loops.
    const index = current?.index ?? this.reported;
    if (index >= this.files.length) return this.finish();
    this.reported = index + 1;
    this.events.onRead(index, { ok: false, outcome: overBudgetOutcome(this.names?.[index] ?? this.files[index]!, why, this.budgets, detail) });
    if (!this.finished) this.spawn(index + 1);
  }

  private kill(): void {
    const child = this.child;
    this.child = null;
    child?.kill();
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    clearInterval(this.timer);
    this.kill();
    this.events.onDone();
  }
}
