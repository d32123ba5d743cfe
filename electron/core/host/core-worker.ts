import { parentPort, workerData } from 'node:worker_threads';
import { isAssayError } from '../../../shared/errors.ts';
import { openWorkspace } from '../db/workspace.ts';
import type { ReaderRelay } from '../jobs/reader-relay-messages.ts';
import { Service } from '../service.ts';
import type { HostError, HostInput, HostReply, HostRequest } from './host-messages.ts';

/*
 * The core's own thread: it opens the workspace and runs the service, so a slow query, an
 * export's collection or a cross-source check never holds up the thread that answers the UI
 * (the desktop app's main process, browser mode's HTTP server). Calls are answered as they
 * finish; a long-poll (exports.wait) holds up nothing here either.
 */

const port = parentPort!;
const post = (reply: HostReply) => port.postMessage(reply);
/** An import's request for a reader, passed on to the host with its port. */
const relay: ReaderRelay = (request) => port.postMessage({ type: 'reader', request } satisfies HostReply, [request.port]);

function hostError(error: unknown): HostError {
  if (isAssayError(error)) return { code: error.code, message: error.message, internal: false };
  const e = error instanceof Error ? error : new Error(String(error));
  return { code: 'INTERNAL', message: e.message, stack: e.stack, internal: true };
}

async function open(input: HostInput): Promise<Service | null> {
  try {
    const service = new Service(await openWorkspace(input.workspacePath), { readers: input.relayReaders ? relay : undefined });
    // The importer (its decoders and parsers) loads only for the samples, not for every launch.
    const samplesAdded = input.offerSamples ? (await import('../samples.ts')).offerSamples(service.workspace) : 0;
    post({ type: 'ready', path: service.workspace.path, backupPath: service.workspace.backupPath, samplesAdded });
    return service;
  } catch (error) {
    post({ type: 'failed', error: hostError(error) });
    return null;
  }
}

/**
 * After this long without a call, the workspace connection hands its page cache back. What
 * a big workspace's launch read stays cached otherwise: about 6 MB of the server's 124 MB at
 * idle on a million passages (#19). The file's pages stay in the operating system's cache, so
 * the next call after a pause reads them back in well under a millisecond a page.
 */
const RELEASE_AFTER_IDLE_MS = 2000;
let idle: NodeJS.Timeout | undefined;

function releaseMemoryWhenIdle(service: Service): void {
  clearTimeout(idle);
  idle = setTimeout(() => {
    if (service.workspace.db.open) service.workspace.db.pragma('shrink_memory');
  }, RELEASE_AFTER_IDLE_MS);
  idle.unref();
}

const service = await open(workerData as HostInput);
if (service) {
  port.on('message', (request: HostRequest) => {
    releaseMemoryWhenIdle(service);
    if (request.type === 'link-base') service.linkBase = request.linkBase;
    else if (request.type === 'close') {
      service.workspace.db.close();
      process.exit(0); // ends this thread only; the host resolves its close() on the exit
    } else {
      service.request(request.method, request.input).then(
        (result) => post({ type: 'answer', id: request.id, result }),
        (error: unknown) => post({ type: 'answer', id: request.id, error: hostError(error) }),
      );
    }
  });
}
