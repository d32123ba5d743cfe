import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { expect, it } from 'vitest';
import type { HostInput, HostReply } from '../../../electron/core/host/host-messages.ts';
import { startUtilityReader } from '../../../electron/core/jobs/utility-reader.ts';
import { tempDir, tempWorkspacePath } from '../../helpers/temp-workspace.ts';
import { UtilityProcessStandIn } from '../../helpers/utility-process-stand-in.ts';
import { prose, writePdf } from '../../helpers/write-pdf.ts';

/*
 * The desktop build (#18): esbuild bundles main, the preload and the workers into dist/electron.
 * Electron cannot run here, but every bundled script must parse, and the core's worker, which
 * is plain Node, must open a workspace and answer a call as the desktop app will ask it to.
 * Its import's reader is the bundled one, started as main.ts starts it (utilityProcess, here
 * a stand-in built on fork) and relayed back to the bundled import worker.
 */

const DIST = path.resolve('dist/electron');

it('bundles main, the preload, the core host and the workers, and the core worker answers and imports a PDF', async () => {
  execFileSync(process.execPath, ['scripts/build-electron.js'], { stdio: 'pipe' });
  for (const name of ['main.js', 'preload.cjs', 'core-worker.js', 'import-worker.js', 'export-worker.js', 'reader-process.js']) {
    const file = path.join(DIST, name);
    expect(fs.existsSync(file), name).toBe(true);
    execFileSync(process.execPath, ['--check', file], { stdio: 'pipe' });
  }
  const file = tempWorkspacePath();
  // A PDF, read by pdf.js from node_modules (it is not bundled: it loads its own worker file).
  const pdf = path.join(tempDir(), 'note.pdf');
  fs.writeFileSync(pdf, writePdf([{ runs: prose('Nickel output rose to 4,100 t in May 2025.', { x: 72, top: 90, chars: 80 }) }], 'Nickel note'));
  const input: HostInput = { workspacePath: file, offerSamples: false, relayReaders: true };
  const worker = new Worker(path.join(DIST, 'core-worker.js'), { workerData: input });
  const utility = new UtilityProcessStandIn();
  worker.on('message', (reply: HostReply) => {
    if (reply.type === 'reader') startUtilityReader(utility, path.join(DIST, 'reader-process.js'), reply.request);
  });
  const replies: HostReply[] = [];
  const exited = new Promise<number>((resolve) => worker.on('exit', resolve));
  let next = 1;
  const call = (method: string, input: unknown) => new Promise<unknown>((resolve, reject) => {
    const id = next++;
    const listen = (reply: HostReply) => {
      if (!('id' in reply) || reply.id !== id) return;
      worker.off('message', listen);
      if (reply.type === 'answer') resolve(reply.result);
      else reject(new Error(JSON.stringify(reply)));
    };
    worker.on('message', listen);
    worker.postMessage({ type: 'call', id, method, input });
  });
  await new Promise<void>((resolve, reject) => {
    worker.on('error', reject);
    worker.on('message', (reply: HostReply) => { replies.push(reply); if (reply.type === 'ready') resolve(); });
  });
  expect(await call('workspace.info', {})).toMatchObject({ path: file, documentCount: 0 });
  const { jobId } = await call('imports.start', { paths: [pdf] }) as { jobId: string };
  let state: { done: boolean; summary: { outcomes: unknown[] } | null; error: string | null };
  do {
    await new Promise((resolve) => setTimeout(resolve, 50));
    state = await call('imports.status', { jobId }) as typeof state;
  } while (!state.done);
  expect(state).toMatchObject({ error: null, summary: { outcomes: [expect.objectContaining({ status: 'imported', title: 'Nickel note', metrics: 1 })] } });
  expect(utility.forks.map((f) => f.modulePath)).toEqual([path.join(DIST, 'reader-process.js')]);
  await utility.allEnded();
  worker.postMessage({ type: 'close' });
  expect(await exited).toBe(0);
  expect(replies[0]).toMatchObject({ type: 'ready', path: file });
}, 120_000);
