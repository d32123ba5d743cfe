import { fork, type ChildProcess, type Serializable } from 'node:child_process';
import { EventEmitter } from 'node:events';
import os from 'node:os';
import { PassThrough, type Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { UtilityChild, UtilityProcesses } from '../../electron/core/jobs/utility-reader.ts';

/*
 * A stand-in for Electron's utilityProcess, whose runtime is not installed here, built on
 * child_process.fork: the child gets Electron's process.parentPort (parent-port-preload.ts),
 * and the parent sees Electron's events: 'spawn', 'message', then 'exit' with a code only.
 * Nothing orders that exit after the last of stderr, so here stderr always lags behind it.
 */

/** How far behind the child's stderr is passed on. */
const STDERR_LAG_MS = 50;

/** `stream`, each chunk and its end passed on STDERR_LAG_MS late. */
function lagging(stream: Readable | null): PassThrough | null {
  if (!stream) return null;
  const late = new PassThrough();
  stream.on('data', (chunk: Buffer) => setTimeout(() => late.write(chunk), STDERR_LAG_MS));
  stream.on('end', () => setTimeout(() => late.end(), STDERR_LAG_MS));
  return late;
}

const PRELOAD = pathToFileURL(fileURLToPath(new URL('./parent-port-preload.ts', import.meta.url))).href;

class StandInChild extends EventEmitter implements UtilityChild {
  readonly process: ChildProcess;
  readonly stderr: NodeJS.ReadableStream | null;

  constructor(child: ChildProcess) {
    super();
    this.process = child;
    this.stderr = lagging(child.stderr);
    child.on('spawn', () => this.emit('spawn'));
    child.on('message', (message) => this.emit('message', message));
    // Electron gives a code only: a signal is told here as 128 + its number, as a shell tells it.
    child.on('exit', (code, signal) => this.emit('exit', code ?? 128 + (signal ? os.constants.signals[signal] : 0)));
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  postMessage(message: unknown): void {
    if (this.process.connected) this.process.send(message as Serializable);
  }

  kill(): boolean {
    return this.process.kill('SIGTERM');
  }
}

/** What the stand-in was asked to start, and the children it started. */
export class UtilityProcessStandIn implements UtilityProcesses {
  readonly forks: Array<{ modulePath: string; execArgv: string[]; serviceName: string; child: StandInChild }> = [];

  fork(modulePath: string, args: string[], options: { execArgv: string[]; stdio: Array<'ignore' | 'pipe'>; serviceName: string }): StandInChild {
    const [stdin, stdout, stderr] = options.stdio;
    const child = new StandInChild(fork(modulePath, args, {
      execArgv: [...options.execArgv, '--import', PRELOAD],
      stdio: [stdin ?? 'ignore', stdout ?? 'ignore', stderr ?? 'ignore', 'ipc'],
      serialization: 'advanced',
    }));
    this.forks.push({ modulePath, execArgv: options.execArgv, serviceName: options.serviceName, child });
    return child;
  }

  /** Resolves once every child started has ended. */
  async allEnded(): Promise<void> {
    await Promise.all(this.forks.map(({ child }) => (child.process.exitCode !== null || child.process.signalCode !== null
      ? undefined
      : new Promise((resolve) => child.process.once('exit', resolve)))));
  }
}
