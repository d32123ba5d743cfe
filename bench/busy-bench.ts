import fs from 'node:fs';
import path from 'node:path';
import { burstFolder, editsBesideImport, serving, type Reply } from '../tests/helpers/busy-burst.ts';

/*
 * #21's trial as figures: `assay import` of 300 notes and 3 long records in its own process
 * while two analysts edit and one pages the grid through browser mode's server.
 */

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function latency(replies: Reply[]): string {
  const ms = replies.map((r) => r.ms);
  return `p50 ${quantile(ms, 0.5).toFixed(0)} ms · p95 ${quantile(ms, 0.95).toFixed(0)} ms · max ${Math.max(0, ...ms).toFixed(0)} ms · ${ms.length} requests`;
}

/** Runs the trial in `workDir` and returns its figures. */
export async function busyBench(workDir: string): Promise<Record<string, string>> {
  const dir = path.join(workDir, 'busy');
  fs.rmSync(dir, { recursive: true, force: true });
  const workspace = path.join(dir, 'busy.assay');
  const files = burstFolder(path.join(dir, 'files'), 300, 3);
  const { server, api, ids } = await serving(workspace);
  const started = performance.now();
  try {
    const burst = await editsBesideImport(api, workspace, files, ids);
    const edits = burst.replies.filter((r) => r.method === 'metrics.update' && r.status === 200);
    const reads = burst.replies.filter((r) => r.method === 'metrics.page');
    const count = (status: string) => burst.outcomes.filter((o) => o.status === status).length;
    return {
      'import (other process)': `${count('imported')} imported · ${count('failed')} failed · exit ${burst.importCode} · ${((performance.now() - started) / 1000).toFixed(1)} s`,
      'edits saved': latency(edits),
      'grid pages answered': latency(reads),
      'BUSY answers (retried)': `${burst.replies.filter((r) => r.status === 503).length} (${latency(burst.replies.filter((r) => r.status === 503))})`,
      'errors (4xx/5xx but 503)': String(burst.replies.filter((r) => r.status >= 400 && r.status !== 503).length),
    };
  } finally {
    await server.close();
  }
}
