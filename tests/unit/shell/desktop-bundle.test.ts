import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { expect, it } from 'vitest';
import type { HostReply } from '../../../electron/core/host/host-messages.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

/*
 * The desktop build (#18): esbuild bundles main, the preload and the workers into dist/electron.
 * Electron cannot run here, but every bundled script must parse, and the core's worker, which
 * is plain Node, must open a workspace and answer a call as the desktop app will ask it to.
 */

const DIST = path.resolve('dist/electron');

it('bundles main, the preload, the core host and the workers, and the core worker answers', async () => {
  execFileSync(process.execPath, ['scripts/build-electron.js'], { stdio: 'pipe' });
  for (const name of ['main.js', 'preload.cjs', 'core-worker.js', 'import-worker.js', 'export-worker.js', 'reader-process.js']) {
    const file = path.join(DIST, name);
    expect(fs.existsSync(file), name).toBe(true);
    execFileSync(process.execPath, ['--check', file], { stdio: 'pipe' });
  }
  const file = tempWorkspacePath();
  const worker = new Worker(path.join(DIST, 'core-worker.js'), { workerData: { workspacePath: file, offerSamples: false } });
  const replies: HostReply[] = [];
  const exited = new Promise<number>((resolve) => worker.on('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    worker.on('error', reject);
    worker.on('message', (reply: HostReply) => {
      replies.push(reply);
      if (reply.type === 'ready') worker.postMessage({ type: 'call', id: 1, method: 'workspace.info', input: {} });
      if (reply.type === 'answer') resolve();
    });
  });
  worker.postMessage({ type: 'close' });
  expect(await exited).toBe(0);
  expect(replies[0]).toMatchObject({ type: 'ready', path: file });
  expect(replies[1]).toMatchObject({ type: 'answer', id: 1, result: { path: file, documentCount: 0 } });
}, 120_000);
