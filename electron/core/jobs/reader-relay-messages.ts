import type { MessagePort } from 'node:worker_threads';
import type { ReaderExit } from './reader-child.ts';
import type { ReaderMessage, ReaderRequest } from './reader-process.ts';

/*
 * How an import on a worker thread gets a reader from the desktop app's main process, which
 * alone may start one (Electron's utilityProcess). The import makes a MessageChannel per
 * reader and sends one port up its chain of threads (import worker → core worker → main);
 * main starts the reader and glues it to that port (utility-reader.ts), and the import talks
 * to it as to a forked one (relayed-reader.ts). Both ends are Assay's own code in one
 * process, so these are plain types; main checks the one number it acts on.
 */

/** A request for a reader whose heap is capped at `heapMb`, to be glued to `port`. */
export interface ReaderPortRequest {
  port: MessagePort;
  heapMb: number;
}

/** Passes a request for a reader on toward the main process; each thread on the way forwards it, transferring the port. */
export type ReaderRelay = (request: ReaderPortRequest) => void;

/** What the import sends on the port. It closes the port to have the reader killed. */
export type RelayRequest = { type: 'send'; request: ReaderRequest };

/** What main sends back on the port, in the order the reader did it; main closes the port after exit or error. */
export type RelayReply =
  | { type: 'spawned'; pid: number }
  | { type: 'message'; message: ReaderMessage }
  | { type: 'exit'; exit: ReaderExit }
  | { type: 'error'; message: string };
