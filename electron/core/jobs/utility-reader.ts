import { setTimeout as delay } from 'node:timers/promises';
import { z } from 'zod';
import { lastWordsOf } from './reader-child.ts';
import type { ReaderMessage } from './reader-process.ts';
import type { ReaderPortRequest, RelayReply, RelayRequest } from './reader-relay-messages.ts';

/*
 * The main-process end of a relayed reader (reader-relay-messages.ts): starts the reader with
 * Electron's utilityProcess and glues it to the import's port both ways. Electron is passed
 * in, as only electron/main.ts may import it; tests pass a stand-in built on child_process.
 */

/** The part of Electron's UtilityProcess (a started child) used here. */
export interface UtilityChild {
  readonly pid: number | undefined;
  readonly stderr: NodeJS.ReadableStream | null;
  postMessage(message: unknown): void;
  kill(): boolean;
  on(event: 'spawn', listener: () => void): this;
  on(event: 'message', listener: (message: unknown) => void): this;
  on(event: 'exit', listener: (code: number) => void): this;
  /** V8 hit an error it cannot go on from (Electron marks this event experimental). */
  on(event: 'error', listener: (type: string, location: string) => void): this;
}

/** The part of Electron's `utilityProcess` used here. */
export interface UtilityProcesses {
  fork(modulePath: string, args: string[], options: {
    execArgv: string[];
    stdio: Array<'ignore' | 'pipe'>;
    serviceName: string;
  }): UtilityChild;
}

/** The heap cap becomes a command-line switch of the reader: a number, in a sane range. */
const HeapMb = z.number().int().min(16).max(65_536);
/**
 * How long the exit is held for stderr's last lines once the process has gone. Electron drops
 * the stream's listeners as it emits 'exit' (lib/browser/api/utility-process.ts), so there
 * what came before the exit is all there is; a stream that lags its exit is waited on this long.
 */
const STDERR_GRACE_MS = 250;

/**
 * Starts `script` (reader-process.ts, as built) for `request` with `utility` (Electron's
 * utilityProcess) and glues it to the request's port: the import's requests go to the reader,
 * the reader's messages, pid and exit (with its last words on stderr) come back. The import
 * closing its port kills the reader.
 */
export function startUtilityReader(utility: UtilityProcesses, script: string, request: ReaderPortRequest): void {
  const { port } = request;
  const reply = (message: RelayReply) => port.postMessage(message);
  let child: UtilityChild;
  try {
    child = utility.fork(script, [], {
      execArgv: [`--max-old-space-size=${HeapMb.parse(request.heapMb)}`],
      // Utility processes take no stdin; stderr is kept for V8's words on a heap out of memory.
      stdio: ['ignore', 'ignore', 'pipe'],
      serviceName: 'Assay file reader',
    });
  } catch (error) {
    reply({ type: 'error', message: (error as Error).message });
    port.close();
    return;
  }
  let ended = false;
  let fatal = '';
  const lastWords = lastWordsOf(child.stderr);
  const stderrEnded = new Promise<void>((resolve) => {
    if (!child.stderr) resolve();
    else child.stderr.on('end', () => resolve()).on('close', () => resolve());
  });
  child.on('spawn', () => { if (child.pid !== undefined) reply({ type: 'spawned', pid: child.pid }); });
  child.on('message', (message) => reply({ type: 'message', message: message as ReaderMessage }));
  // V8's fatal errors as Electron reports them: words to go by should stderr's come too late.
  child.on('error', (type, location) => { fatal = `\n${type} at ${location}`; });
  child.on('exit', (code) => {
    ended = true;
    // Like Node's 'close': the exit is reported once stderr has said its last (or soon after, if it never says it ended).
    void Promise.race([stderrEnded, delay(STDERR_GRACE_MS)]).then(() => {
      reply({ type: 'exit', exit: { code, signal: null, lastWords: lastWords() + fatal } });
      port.close();
    });
  });
  port.on('message', (message: RelayRequest) => { if (!ended) child.postMessage(message.request); });
  // The import closed its end: its watcher stopped this reader, or the import itself has ended.
  port.on('close', () => { if (!ended) child.kill(); });
}
