import { MessageChannel } from 'node:worker_threads';
import type { LaunchReader, ReaderChild } from './reader-child.ts';
import type { ReaderRelay, RelayReply, RelayRequest } from './reader-relay-messages.ts';

/**
 * Readers started by the desktop app's main process and reached through a MessagePort
 * (reader-relay-messages.ts): an import worker cannot start a utility process itself, and
 * the app's binary cannot be forked as Node with its runAsNode fuse off. Each launch asks
 * `relay` for a reader on a fresh port; the reader then behaves as a forked one would.
 */
export function relayedReaders(relay: ReaderRelay): LaunchReader {
  return (heapMb, events): ReaderChild => {
    const { port1: port, port2 } = new MessageChannel();
    let pid: number | undefined;
    let connected = true;
    port.on('message', (reply: RelayReply) => {
      if (reply.type === 'spawned') {
        pid = reply.pid;
        return;
      }
      if (reply.type === 'message') return events.message(reply.message);
      connected = false;
      port.close();
      if (reply.type === 'exit') events.exit(reply.exit);
      else events.error(new Error(reply.message));
    });
    relay({ port: port2, heapMb });
    return {
      get pid() { return pid; },
      get connected() { return connected; },
      send: (request) => {
        if (connected) port.postMessage({ type: 'send', request } satisfies RelayRequest);
      },
      // Closing the port is the signal: main kills the reader as its end of the port closes.
      kill: () => {
        connected = false;
        port.close();
      },
    };
  };
}
