import { spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { AssayError } from '../../../shared/errors.ts';

/*
 * Chromium driven over the DevTools protocol on --remote-debugging-pipe: JSON messages, each
 * ended by a NUL byte, written to the browser's fd 3 and read from its fd 4. No port is
 * opened, so nothing else on the machine can talk to the browser, and no library is needed.
 */

type Params = Record<string, unknown>;
interface Message { id?: number; method?: string; sessionId?: string; params?: Params; result?: Params; error?: { message: string } }

/** A headless Chromium and the one connection to it. */
export class CdpPipe {
  private readonly input: Writable;
  private readonly pending = new Map<number, { resolve(result: Params): void; reject(error: Error): void }>();
  private readonly listeners = new Set<(m: Message) => void>();
  private readonly exited: Promise<void>;
  private readonly kill: () => void;
  private chunks: Buffer[] = [];
  private nextId = 1;
  private stderr = '';
  private failure: Error | null = null;

  /** Starts `executable` headless with `args` (the pipe flag is added) and connects to it. */
  constructor(executable: string, args: string[]) {
    const child = spawn(executable, ['--headless', '--remote-debugging-pipe', ...args], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
    this.input = child.stdio[3] as Writable;
    (child.stdio[4] as Readable).on('data', (chunk: Buffer) => this.read(chunk));
    child.stderr!.on('data', (chunk: Buffer) => { this.stderr = (this.stderr + chunk.toString('utf8')).slice(-2000); });
    this.input.on('error', () => undefined);
    this.exited = new Promise((resolve) => {
      child.on('error', (error) => this.fail(`Chromium could not start: ${error.message}`, resolve));
      child.on('exit', (code) => this.fail(`Chromium stopped (exit ${code}). ${this.stderr.trim().split('\n').pop() ?? ''}`, resolve));
    });
    this.kill = () => child.kill('SIGKILL');
  }

  /** Sends a command (to a page when `sessionId` is given) and resolves with its result. */
  send(method: string, params: Params = {}, sessionId?: string): Promise<Params> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    this.input.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  /** The next event named `method` (of the page `sessionId`); register before the command that causes it. */
  event(method: string, sessionId?: string): Promise<Params> {
    return new Promise((resolve, reject) => {
      const listener = (m: Message) => {
        if (m.method !== method || m.sessionId !== sessionId) return;
        this.listeners.delete(listener);
        resolve(m.params ?? {});
      };
      this.listeners.add(listener);
      void this.exited.then(() => reject(this.failure));
    });
  }

  /** Asks the browser to quit, and kills it if it has not within two seconds. */
  async close(): Promise<void> {
    const timer = setTimeout(this.kill, 2000);
    await this.send('Browser.close').catch(() => undefined);
    await this.exited;
    clearTimeout(timer);
  }

  /** Kills the browser at once (a timeout, an error). */
  destroy(): void {
    this.kill();
  }

  private read(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; start = end + 1, end = chunk.indexOf(0, start)) {
      this.chunks.push(chunk.subarray(start, end));
      this.dispatch(JSON.parse(Buffer.concat(this.chunks).toString('utf8')) as Message);
      this.chunks = [];
    }
    if (start < chunk.length) this.chunks.push(chunk.subarray(start));
  }

  private dispatch(m: Message): void {
    if (m.id === undefined) {
      for (const listener of [...this.listeners]) listener(m);
      return;
    }
    const waiting = this.pending.get(m.id);
    this.pending.delete(m.id);
    if (m.error) waiting?.reject(new AssayError('PDF_FAILED', `Chromium refused to print: ${m.error.message}`));
    else waiting?.resolve(m.result ?? {});
  }

  private fail(message: string, resolve: () => void): void {
    this.failure ??= new AssayError('PDF_FAILED', message);
    for (const { reject } of this.pending.values()) reject(this.failure);
    this.pending.clear();
    resolve();
  }
}
