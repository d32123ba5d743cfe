import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildLock } from '../../../electron/renderer-build.ts';
import { tempDir } from '../../helpers/temp-workspace.ts';

it('lets one process build the interface at a time: the next waits, and goes without building once the first is done', async () => {
  const lock = path.join(tempDir(), 'dist', '.renderer-build.lock');
  const first = await buildLock(lock, () => false);
  expect(first).not.toBeNull();
  let built = false;
  const second = buildLock(lock, () => built);
  await new Promise((resolve) => setTimeout(resolve, 300));
  built = true; // the first process finished its build and lets go
  fs.closeSync(first!);
  fs.rmSync(lock);
  expect(await second).toBeNull();
});

it('takes over a lock left by a build that died', async () => {
  const lock = path.join(tempDir(), '.renderer-build.lock');
  fs.writeFileSync(lock, '');
  const old = new Date(Date.now() - 10 * 60_000);
  fs.utimesSync(lock, old, old);
  const held = await buildLock(lock, () => false);
  expect(held).not.toBeNull();
  fs.closeSync(held!);
});
