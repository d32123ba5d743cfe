import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ReaderMessage, ReaderRequest } from './reader-process.ts';
import { siblingScript } from './sibling-script.ts';

/*
 * How a watched reader (watched-reader.ts) starts the process that reads an import's files.
 * Under plain Node (the CLI, browser mode, tests) the reader is forked here. The desktop
 * app cannot fork its own binary as Node once its runAsNode fuse is off, so there the reader
 * is started by the main process with Electron's utilityProcess and relayed to the import
 * (relayed-reader.ts, utility-reader.ts). The watcher holds either to the same budgets.
 */

/** How a reader ended: its exit code or signal, and the end of what it wrote to stderr (V8 names a heap out of memory there). */
export interface ReaderExit {
  code: number | null;
  signal: string | null;
  lastWords: string;
}

/** What a reader tells the one that started it. None is called before the launch returns. */
export interface ReaderChildEvents {
  message(message: ReaderMessage): void;
  /** The reader has ended, after its last messages were delivered. */
  exit(exit: ReaderExit): void;
  /** The reader could not be started. */
  error(error: Error): void;
}

/** A running reader process, however it was started. */
export interface ReaderChild {
  /** The reader's process id once it runs: the watcher reads its memory by it. */
  readonly pid: number | undefined;
  /** False once the reader has ended or stopped listening: requests then go nowhere. */
  readonly connected: boolean;
  send(request: ReaderRequest): void;
  /** Stops the reader at once, whatever it is doing. */
  kill(): void;
}

/** Starts a reader whose JavaScript heap is capped at `heapMb`. */
export type LaunchReader = (heapMb: number, events: ReaderChildEvents) => ReaderChild;

/** The most of a reader's stderr kept: enough for V8's last lines. */
const LAST_WORDS = 2000;

/** Keeps the end of what a stream says; the returned function reads it. */
export function lastWordsOf(stream: NodeJS.ReadableStream | null): () => string {
  let words = '';
  stream?.on('data', (chunk: Buffer | string) => { words = (words + chunk.toString()).slice(-LAST_WORDS); });
  return () => words;
}

/** The reader script beside this module (`.ts` from source, `.js` in a build). */
export function readerScript(): string {
  return fileURLToPath(siblingScript('reader-process', import.meta.url));
}

/**
 * Forks the reader as a Node child process: the CLI, browser mode and tests, where the binary
 * is Node. Never the desktop app: its binary is Electron, which runs as Node only with the
 * runAsNode fuse on (and it is off).
 */
export const forkReader: LaunchReader = (heapMb, events) => {
  const child = fork(readerScript(), [], {
    serialization: 'advanced',
    execArgv: [`--max-old-space-size=${heapMb}`],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const lastWords = lastWordsOf(child.stderr);
  child.on('message', (message: ReaderMessage) => events.message(message));
  // 'close', not 'exit': it comes after the reader's last messages have been delivered.
  child.on('close', (code, signal) => events.exit({ code, signal, lastWords: lastWords() }));
  child.on('error', (error) => events.error(error));
  return {
    get pid() { return child.pid; },
    get connected() { return child.connected; },
    // A reader that has just finished or been stopped cannot be written to; its 'close' says what happened.
    send: (request) => { if (child.connected) child.send(request, (error) => { if (error) return; }); },
    kill: () => { child.kill('SIGKILL'); },
  };
};
