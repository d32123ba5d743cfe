import { Worker } from 'node:worker_threads';
import type { Method, MethodOutput } from '../../../shared/contract.ts';
import { AssayError } from '../../../shared/errors.ts';
import type { ReaderRelay } from '../jobs/reader-relay-messages.ts';
import { siblingScript } from '../jobs/sibling-script.ts';
import type { HostError, HostInput, HostReply, HostRequest } from './host-messages.ts';

/** The core as the transports see it: in process (Service) or on its own thread (CoreHost). */
export interface ContractHost {
  request<M extends Method>(method: M, input: unknown): Promise<MethodOutput<M>>;
  /** Where exports' citations link back to (browser mode sets its own `/open` address). */
  linkBase: string;
}

/** An error from the worker as the transports expect it: an AssayError, or an Error with the worker's stack. */
function rebuilt(error: HostError): Error {
  if (!error.internal) return new AssayError(error.code, error.message);
  const e = new Error(error.message);
  e.stack = error.stack ?? e.stack;
  return e;
}

/*
 * The core thread's young generation: its calls make small, short-lived objects, and V8's
 * default lets that space grow to tens of MB that stay resident once the launch burst is
 * over (#19: idle memory). Timed on a million metrics (grid pages, filters, the period
 * sheet, the library), 3 MB made no call slower.
 */
const CORE_YOUNG_MB = 3;

/**
 * The service on a worker thread of its own (core-worker.ts), which opens and owns the
 * workspace. `request` is `Service.request` across the thread: the caller's thread (the
 * desktop app's main process, browser mode's server) only routes, so it stays free to answer
 * menus, window moves, static files and other calls while a slow one runs.
 */
export class CoreHost implements ContractHost {
  readonly path: string;
  readonly backupPath: string | null;
  /** How many sample documents the open added (0 unless asked and the workspace was new). */
  readonly samplesAdded: number;
  private readonly worker: Worker;
  private readonly readers: ReaderRelay | undefined;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private link = '';
  private closed: Promise<void> | null = null;
  /** Why the core thread stopped, once it has: later calls are refused with it instead of waiting forever. */
  private stopped: Error | null = null;

  private constructor(worker: Worker, ready: Extract<HostReply, { type: 'ready' }>, readers: ReaderRelay | undefined) {
    this.worker = worker;
    this.readers = readers;
    this.path = ready.path;
    this.backupPath = ready.backupPath;
    this.samplesAdded = ready.samplesAdded;
    worker.on('message', (reply: HostReply) => this.answer(reply));
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => this.failAll(new Error(`Assay's core stopped (exit code ${code}). Open the workspace again; the log has the details.`)));
  }

  /**
   * Opens the workspace at `workspacePath` on a new core thread; rejects with the open's own
   * error (WORKSPACE_TOO_NEW, NOT_A_WORKSPACE, …) when it cannot be opened. `readers`, in
   * the desktop app: its imports' readers are started by the main process (utility-reader.ts),
   * as the app's binary cannot be forked as Node; unset, imports fork them.
   */
  static open(workspacePath: string, options: { offerSamples?: boolean; readers?: ReaderRelay } = {}): Promise<CoreHost> {
    const input: HostInput = { workspacePath, offerSamples: options.offerSamples ?? false, relayReaders: options.readers !== undefined };
    const worker = new Worker(siblingScript('core-worker', import.meta.url), { workerData: input, resourceLimits: { maxYoungGenerationSizeMb: CORE_YOUNG_MB } });
    return new Promise((resolve, reject) => {
      const first = (reply: HostReply) => {
        worker.off('error', failed);
        if (reply.type === 'ready') resolve(new CoreHost(worker, reply, options.readers));
        else {
          reject(reply.type === 'failed' ? rebuilt(reply.error) : new Error(`Assay's core answered ${reply.type} before it was ready.`));
          void worker.terminate();
        }
      };
      const failed = (error: Error) => reject(error);
      worker.once('message', first);
      worker.once('error', failed);
    });
  }

  get linkBase(): string {
    return this.link;
  }

  set linkBase(linkBase: string) {
    this.link = linkBase;
    this.send({ type: 'link-base', linkBase });
  }

  /** Runs a contract method on the core thread; resolves with its output or rejects with its error. */
  request<M extends Method>(method: M, input: unknown): Promise<MethodOutput<M>> {
    if (this.closed) return Promise.reject(new AssayError('CLOSED', 'This workspace has been closed; open it again.'));
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.send({ type: 'call', id, method, input });
    });
  }

  /** Closes the workspace and stops the thread; calls still waiting are refused. */
  close(): Promise<void> {
    this.closed ??= new Promise<void>((resolve) => {
      this.worker.once('exit', () => resolve());
      this.send({ type: 'close' });
    });
    return this.closed;
  }

  private send(request: HostRequest): void {
    this.worker.postMessage(request);
  }

  private answer(reply: HostReply): void {
    if (reply.type === 'reader') return this.readers?.(reply.request);
    if (reply.type !== 'answer') return;
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    if (reply.error) waiter.reject(rebuilt(reply.error));
    else waiter.resolve(reply.result);
  }

  private failAll(error: Error): void {
    this.stopped ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
