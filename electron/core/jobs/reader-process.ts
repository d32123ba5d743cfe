import { parentPort, workerData } from 'node:worker_threads';
import { readFile } from '../import/import-file.ts';

/*
 * The reading half of an import: reads, hashes, parses and extracts files in order and
 * posts each to the writer, staying at most AHEAD files ahead of what the writer has
 * stored, so memory stays bounded however many files are imported. It says when it starts
 * each file, so the writer can stop it if that file runs over its budget (budgets.ts) and
 * start a fresh reader at the next file.
 */

export interface ReadWorkerInput {
  files: string[];
  /** The first file to read: 0, or the one after a file whose reader was stopped. */
  startAt: number;
  /** Int32 [cancel, stored]: the writer counts stored files in slot 1. */
  control: SharedArrayBuffer;
}

/** What a reader posts to the writer, in file order. */
export type ReadWorkerMessage =
  /** Sent as a file is begun, with the process's memory and the time then: the writer may be busy storing when it reads this. */
  | { type: 'start'; index: number; rss: number; at: number }
  | { type: 'read'; index: number; read: Awaited<ReturnType<typeof readFile>> }
  | { type: 'done' };

const AHEAD = 8;

const { files, startAt, control } = workerData as ReadWorkerInput;
const flags = new Int32Array(control);
const post = (message: ReadWorkerMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);

for (let i = startAt; i < files.length; i++) {
  while (i - Atomics.load(flags, 1) >= AHEAD && Atomics.load(flags, 0) === 0) Atomics.wait(flags, 1, Atomics.load(flags, 1), 200);
  if (Atomics.load(flags, 0) === 1) break;
  post({ type: 'start', index: i, rss: process.memoryUsage.rss(), at: Date.now() });
  const read = await readFile(files[i]!);
  if (!read.ok) {
    post({ type: 'read', index: i, read });
    continue;
  }
  // The store keeps a sentence's range, not its text: leave the copies out of the message.
  for (const m of read.metrics) m.sentence = '';
  // Node's file buffers may share a pooled allocation, which cannot be transferred: copy once, then move.
  const bytes = new Uint8Array(read.bytes);
  post({ type: 'read', index: i, read: { ...read, bytes } }, [bytes.buffer]);
}
post({ type: 'done' });
