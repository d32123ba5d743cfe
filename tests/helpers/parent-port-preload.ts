import { EventEmitter } from 'node:events';

/*
 * Loaded (--import) into a reader forked by the utilityProcess stand-in: gives it the
 * process.parentPort Electron gives a utility process (messages arrive as { data }, replies
 * go by postMessage) in place of process.send, and ends it with its parent, as Electron ends
 * utility processes.
 */

// A utility process has no process.send: the reader must find its parent through parentPort.
const send = process.send!.bind(process);
process.send = undefined;
const parentPort = Object.assign(new EventEmitter(), {
  postMessage: (message: unknown) => { send(message); },
});
process.on('message', (data) => parentPort.emit('message', { data }));
process.on('disconnect', () => process.exit(0));
Object.defineProperty(process, 'parentPort', { value: parentPort });
