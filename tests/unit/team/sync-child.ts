import fs from 'node:fs';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { sync } from '../../../electron/core/team/team.ts';

/*
 * A sync in a process of its own, for tests that kill it: `node sync-child.ts WORKSPACE
 * PHASE STOP_AT`. Batches of 50. When batch STOP_AT of PHASE (push: committed on the hub,
 * not yet noted here; pull: committed here) is done it prints "stopped" and hangs, for the
 * test to kill -9 at exactly that point. Prints "done" if it gets to the end.
 */
const [file, phase, stopAt] = process.argv.slice(2);
const workspace = await openWorkspace(file!);
let batches = 0;
await sync(workspace.db, {
  pushBatch: 50,
  pullBatch: 50,
  onBatch(p) {
    if (p !== phase || ++batches !== Number(stopAt)) return;
    fs.writeSync(1, 'stopped\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30_000);
  },
});
fs.writeSync(1, 'done\n');
