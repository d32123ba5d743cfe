import { parentPort, workerData } from 'node:worker_threads';
import { readFile } from '../import/import-file.ts';

/*
 * The reading half of an import: reads, hashes, parses and extracts files in order and
 * posts each to the writer, staying at most AHEAD files ahead of what the writer has
 * stored, so memory stays bounded however many files are imported.
 */

export interface ReadWorkerInput {
  files: string[];
  /** Int32 [cancel, stored]: the writer counts stored files in slot 1. */
  control: SharedArrayBuffer;
}

const AHEAD = 8;

const { files, control } = workerData as ReadWorkerInput;
const flags = new Int32Array(control);
for (let i = 0; i < files.length; i++) {
  while (i - Atomics.load(flags, 1) >= AHEAD && Atomics.load(flags, 0) === 0) Atomics.wait(flags, 1, Atomics.load(flags, 1), 200);
  if (Atomics.load(flags, 0) === 1) break;
  const read = await readFile(files[i]!);
  if (!read.ok) {
    parentPort!.postMessage({ index: i, read });
    continue;
  }
  // The store keeps a sentence's range, not its text: leave the copies out of the message.
  for (const m of read.metrics) m.sentence = '';
  // Node's file buffers may share a pooled allocation, which cannot be transferred: copy once, then move.
  const bytes = new Uint8Array(read.bytes);
  parentPort!.postMessage({ index: i, read: { ...read, bytes } }, [bytes.buffer]);
}
parentPort!.postMessage({ done: true });
