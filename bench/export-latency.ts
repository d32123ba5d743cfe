import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openWorkspace } from '../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../electron/core/import/import-file.ts';
import { Service } from '../electron/core/service.ts';
import { startServer, type RunningServer } from '../electron/server.ts';
import type { ExportFormat } from '../shared/exports.ts';

/*
 * Click to file for a small export, the way the browser UI does it: exports.start over
 * HTTP, then waiting for the job, then exports.file, decoded and written to disk.
 */

const SMALL = 12;

async function smallWorkspace(workDir: string): Promise<string> {
  const file = path.join(workDir, `export-${SMALL}.assay`);
  if (fs.existsSync(file)) return file;
  const ws = await openWorkspace(file);
  const lines = Array.from({ length: SMALL }, (_, i) => `Plant ${i} reported output of ${(1000 + i).toLocaleString('en-US')} mt in Q${(i % 4) + 1} 2025.`);
  importBytes(importStores(ws.db), Buffer.from(`Output Log\n\n${lines.join('\n\n')}\n`), 'log.txt', null);
  ws.db.close();
  return file;
}

/** One contract call over HTTP with the server's token, as the browser makes it. */
async function post<T>(server: RunningServer, method: string, input: object): Promise<T> {
  const response = await fetch(`${server.url}api/${method}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: `assay_token=${server.token}` }, body: JSON.stringify(input),
  });
  const payload = (await response.json()) as { result: T; error?: { message: string } };
  if (payload.error) throw new Error(payload.error.message);
  return payload.result;
}

/** Waits for the job as ExportMenu does: a long-poll that answers when the stage changes. */
async function finished(server: RunningServer, jobId: string): Promise<void> {
  let stage: string | undefined;
  while (stage !== 'done') {
    ({ stage } = await post<{ stage: string }>(server, 'exports.wait', { jobId, after: stage }));
    if (stage === 'failed' || stage === 'cancelled') throw new Error(`The export ${stage}.`);
  }
}

/** Milliseconds from exports.start to the file on disk. */
async function clickToFile(server: RunningServer, format: ExportFormat, out: string): Promise<number> {
  const started = performance.now();
  const { jobId } = await post<{ jobId: string }>(server, 'exports.start', { selection: {}, format });
  await finished(server, jobId);
  const file = await post<{ data: string }>(server, 'exports.file', { jobId });
  fs.writeFileSync(out, Buffer.from(file.data, 'base64'));
  return performance.now() - started;
}

/** The median click-to-file latency of a 12-metric export in each format but PDF (PDF starts Chromium). */
export async function exportLatency(workDir: string): Promise<Record<string, string>> {
  const service = new Service(await openWorkspace(await smallWorkspace(workDir)));
  const server = await startServer({ service });
  const figures: Record<string, string> = {};
  try {
    for (const format of ['html', 'xlsx', 'docx', 'md', 'csv'] as const) {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) times.push(await clickToFile(server, format, path.join(workDir, `small.${format}`)));
      times.sort((a, b) => a - b);
      figures[`${SMALL} metrics, ${format}`] = `${times[2]!.toFixed(0)} ms click to file (median of 5; slowest ${times[4]!.toFixed(0)} ms)`;
    }
  } finally {
    await server.close();
    service.workspace.db.close();
  }
  return figures;
}
