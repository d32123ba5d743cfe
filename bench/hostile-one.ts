import { openWorkspace } from '../electron/core/db/workspace.ts';
import { startImport } from '../electron/core/jobs/import-job.ts';

/*
 * One import in a process of its own, so its peak memory is its own: `node hostile-one.ts
 * WORKSPACE PATH…`. Prints one JSON line: the outcomes, the time and the peak RSS.
 */

const [workspace, ...paths] = process.argv.slice(2);
(await openWorkspace(workspace!)).db.close();
const started = performance.now();
const summary = await startImport(workspace!, paths).result;
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ summary, ms, peakMb: process.resourceUsage().maxRSS / 1024 })}\n`);
