import { readFile, readNamedFile } from '../import/import-file.ts';

/*
 * The reading half of an import, in a process of its own: reads, hashes, parses and
 * extracts files in order and sends each to the writer, staying at most AHEAD files ahead
 * of what the writer has stored, so memory stays bounded however many files are imported.
 * It says when it starts each file, so the writer can stop it if that file runs over its
 * budget (budgets.ts) and start a fresh reader at the next file. A process, not a thread:
 * the memory a stopped reader held goes back to the system with it, where a thread's stays
 * with the process that ran it and would add up over a batch of hostile files.
 *
 * Two kinds of parent start it: a Node fork (process.send and 'message'), or, in the desktop
 * app, Electron's utilityProcess (process.parentPort), whose main process relays it to the
 * import (utility-reader.ts).
 */

/** What the writer sends a reader. */
export type ReaderRequest =
  /**
   * Read `files` from `startAt` (0, or the one after a file whose reader was stopped). With
   * `names`, file i holds the bytes of the document `names[i]` (a version pulled from a team
   * hub, kept in a temporary file), read under that name with no source path.
   */
  | { type: 'read'; files: string[]; startAt: number; names?: string[] }
  /** The writer has stored this many files: the reader may read further ahead. */
  | { type: 'stored'; count: number }
  | { type: 'cancel' };

/** What a reader sends the writer, in file order. */
export type ReaderMessage =
  /** Sent as a file is begun, with the reader's memory and the time then: the writer may be busy storing when it reads this. */
  | { type: 'start'; index: number; rss: number; at: number }
  | { type: 'read'; index: number; read: Awaited<ReturnType<typeof readFile>> }
  | { type: 'done' };

const AHEAD = 8;
/**
 * What may be sent but not yet stored, in characters of text and bytes of file: past it the
 * reader waits, so a run of large documents never piles up in the writer's memory.
 */
const IN_FLIGHT = 48 * 1024 * 1024;

let stored = 0;
let cancelled = false;
/** Sizes of the files sent and not yet stored, by index. */
const inFlight = new Map<number, number>();
const inFlightSize = () => [...inFlight.values()].reduce((a, b) => a + b, 0);
let wake: (() => void) | null = null;

/** Electron's utility-process end of the link to its parent (not in Node's types). */
interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;

function send(message: ReaderMessage): Promise<void> {
  if (parentPort) {
    parentPort.postMessage(message);
    // A turn of the event loop before reading on, so the message leaves before a file that stalls this thread.
    return new Promise<void>((resolve) => setImmediate(resolve));
  }
  return new Promise<void>((resolve, reject) => {
    process.send!(message, undefined, undefined, (error) => (error ? reject(error) : resolve()));
  });
}

async function read(files: string[], startAt: number, names: string[] | undefined): Promise<void> {
  for (let i = startAt; i < files.length && !cancelled; i++) {
    while ((i - stored >= AHEAD || (inFlight.size > 0 && inFlightSize() > IN_FLIGHT)) && !cancelled) {
      await new Promise<void>((resolve) => { wake = resolve; });
    }
    if (cancelled) break;
    await send({ type: 'start', index: i, rss: process.memoryUsage.rss(), at: Date.now() });
    const result = names ? await readNamedFile(files[i]!, names[i]!) : await readFile(files[i]!);
    // The store keeps a sentence's range, not its text: leave the copies out of the message.
    if (result.ok) for (const m of result.metrics) m.sentence = '';
    if (result.ok) inFlight.set(i, result.bytes.length + result.parsed.text.length);
    await send({ type: 'read', index: i, read: result });
  }
  await send({ type: 'done' });
  // A forked reader lets go of its parent and ends; a utility process is ended by its watcher on 'done'.
  if (!parentPort) process.disconnect();
}

function receive(request: ReaderRequest): void {
  if (request.type === 'read') {
    stored = request.startAt;
    void read(request.files, request.startAt, request.names);
    return;
  }
  if (request.type === 'stored') {
    stored = request.count;
    for (const index of inFlight.keys()) if (index < stored) inFlight.delete(index);
  } else cancelled = true;
  wake?.();
  wake = null;
}

if (parentPort) parentPort.on('message', (event) => receive(event.data as ReaderRequest));
else {
  process.on('message', receive);
  // The writer went away (its import was cancelled or its process ended): nothing is left to read for.
  process.on('disconnect', () => process.exit(0));
}
