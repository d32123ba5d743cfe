import { startImport } from '../../electron/core/jobs/import-job.ts';

/*
 * An import in a process of its own, for tests that kill it: `node import-child.ts
 * WORKSPACE TIME_BUDGET_MS PATH…`. Prints one JSON line per outcome as it is committed.
 */

const [workspace, timeMs, ...paths] = process.argv.slice(2);
const job = startImport(workspace!, paths, {
  budgets: { timeMs: Number(timeMs) },
  onOutcome: (outcome) => process.stdout.write(`${JSON.stringify(outcome)}\n`),
});
await job.result;
process.stdout.write('done\n');
