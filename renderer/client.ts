import type { Method, MethodInput, MethodOutput } from '../shared/contract.ts';

/*
 * The renderer's only way to the core: one call per contract method. In the desktop app
 * the preload exposes `window.assay.call` (IPC); in browser mode calls go over HTTP to the
 * local server. Same code path, two transports.
 */

/** An error the core reported, with its code and the message to show. */
export class CallError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** A command from the desktop app: a menu's (File ▸ Import…), or a link to open (`query`, as `assay://open` has it). */
export interface Command { type: string; jobId?: string; query?: string }

type Transport = (method: string, input: unknown) => Promise<unknown>;

declare global {
  interface Window {
    assay?: {
      call(method: string, input: unknown): Promise<unknown>;
      onCommand?(listener: (command: Command) => void): void;
    };
  }
}

const httpTransport: Transport = async (method, input) => {
  const response = await fetch(`api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(input ?? {}),
  });
  const payload = (await response.json().catch(() => null)) as { result?: unknown; error?: { code: string; message: string } } | null;
  if (!response.ok || !payload || payload.error) {
    throw new CallError(payload?.error?.code ?? `HTTP_${response.status}`, payload?.error?.message ?? `The server answered ${response.status}.`);
  }
  return payload.result;
};

const ipcTransport: Transport = async (method, input) => {
  try {
    return await window.assay!.call(method, input);
  } catch (error) {
    const text = (error as Error).message;
    const m = /^([A-Z_]+): (.*)$/su.exec(text.replace(/^Error invoking remote method '[^']+': (?:Error: )?/u, ''));
    throw m ? new CallError(m[1]!, m[2]!) : new CallError('INTERNAL', text);
  }
};

const transport: Transport = typeof window !== 'undefined' && window.assay ? ipcTransport : httpTransport;

/** How long a call keeps trying while another process holds the workspace's write lock. */
const BUSY_GIVE_UP_MS = 60_000;
const busyListeners = new Set<(waiting: number) => void>();
let waitingCalls = 0;

function setWaiting(change: number): void {
  waitingCalls += change;
  for (const listener of busyListeners) listener(waitingCalls);
}

/**
 * Listens for calls waiting on a busy workspace (another process writing): called with how
 * many are waiting, 0 when none is. Returns the function that stops listening.
 */
export function onBusy(listener: (waiting: number) => void): () => void {
  busyListeners.add(listener);
  return () => busyListeners.delete(listener);
}

/**
 * A BUSY answer changed nothing, so the call is sent again, after growing pauses, until it is
 * answered or a minute has passed; meanwhile `onBusy` listeners show that it waits.
 */
async function retryingBusy(method: string, input: unknown): Promise<unknown> {
  const started = Date.now();
  let waiting = false;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        return await transport(method, input);
      } catch (error) {
        if (!(error instanceof CallError) || error.code !== 'BUSY') throw error;
        if (Date.now() - started > BUSY_GIVE_UP_MS) {
          throw new CallError('BUSY', 'The workspace stayed busy for a minute: another Assay process is still writing to it. Nothing was changed; try again when it has finished.');
        }
        if (!waiting) setWaiting(+1);
        waiting = true;
        await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** attempt, 1000)));
      }
    }
  } finally {
    if (waiting) setWaiting(-1);
  }
}

/** Calls a contract method; the types come from the contract itself. */
export function call<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  return retryingBusy(method, input) as Promise<MethodOutput<M>>;
}

/** True in the desktop app (IPC to the core); false in browser mode (HTTP to the local server). */
export const inDesktop = transport === ipcTransport;

/** Commands from the desktop app's menus and links; browser mode has none. */
export function onCommand(listener: (command: Command) => void): void {
  window.assay?.onCommand?.(listener);
}
