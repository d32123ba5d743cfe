import type { Method } from '../../../shared/contract.ts';
import type { ReaderPortRequest } from '../jobs/reader-relay-messages.ts';

/*
 * What the core host (core-host.ts, on the thread that answers the UI) and its worker
 * (core-worker.ts, which owns the workspace) say to each other. Both ends are Assay's own code
 * in one process, so these are plain types; the contract's zod schemas check every call's
 * input inside the worker, as they do in process.
 */

/** What the worker is started with. */
export interface HostInput {
  workspacePath: string;
  /** Adds Assay's sample documents if the workspace is new (the default workspace only). */
  offerSamples: boolean;
  /** Imports ask the host for their readers (the desktop app, whose main process starts them) instead of forking. */
  relayReaders?: boolean;
}

export type HostRequest =
  | { type: 'call'; id: number; method: Method; input: unknown }
  | { type: 'link-base'; linkBase: string }
  | { type: 'close' };

/** An error as it crosses the thread: AssayErrors keep their code; anything else is INTERNAL with its stack. */
export interface HostError { code: string; message: string; stack?: string; internal: boolean }

export type HostReply =
  | { type: 'ready'; path: string; backupPath: string | null; samplesAdded: number }
  | { type: 'failed'; error: HostError }
  | { type: 'answer'; id: number; result?: unknown; error?: HostError }
  /** An import wants a reader on this port (relayReaders only). */
  | { type: 'reader'; request: ReaderPortRequest };
