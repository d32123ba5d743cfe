import fs from 'node:fs';
import { openWorkspace } from '../electron/core/db/workspace.ts';
import { startImport } from '../electron/core/jobs/import-job.ts';
import { processRss } from '../electron/core/jobs/process-rss.ts';

/*
 * One import in a process of its own, so its peak memory is its own: `node hostile-one.ts
 * WORKSPACE PATH…`. Prints one JSON line: the outcomes, the time, the importer's peak RSS
 * and the peak of the importer and its reader processes together (both sampled every 10 ms).
 */

/** The processes this one started (the import's readers), from Linux's /proc. */
function children(): number[] {
  const tasks = fs.readdirSync(`/proc/${process.pid}/task`);
  return tasks.flatMap((tid) => fs.readFileSync(`/proc/${process.pid}/task/${tid}/children`, 'ascii').split(' ').filter(Boolean).map(Number));
}

let peakSelf = 0;
let peakTree = 0;
// Sampled, not getrusage's maxRSS: on Linux that carries over from the process that spawned this one.
const sample = setInterval(() => {
  const self = process.memoryUsage.rss();
  peakSelf = Math.max(peakSelf, self);
  peakTree = Math.max(peakTree, children().reduce((sum, pid) => sum + (processRss(pid) ?? 0), self));
}, 10);

const [workspace, ...paths] = process.argv.slice(2);
(await openWorkspace(workspace!)).db.close();
const started = performance.now();
const summary = await startImport(workspace!, paths).result;
const ms = performance.now() - started;
clearInterval(sample);
process.stdout.write(`${JSON.stringify({ summary, ms, peakMb: peakSelf / 1048576, peakTreeMb: peakTree / 1048576 })}\n`);
