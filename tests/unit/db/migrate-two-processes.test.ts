import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { LATEST_VERSION, migrate } from '../../../electron/core/db/migrations/index.ts';
import { APPLICATION_ID, openWorkspace } from '../../../electron/core/db/workspace.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

/*
 * Two Assay processes opening one older workspace at once (#21): the one that waits for the
 * other's migration finds the file migrated and opens it, instead of running a step twice.
 */

const CHILD = path.resolve('tests/helpers/migrate-child.ts');

it('opens a workspace that another process migrates while this one waits for the lock', async () => {
  const file = tempWorkspacePath();
  const old = new Database(file);
  old.pragma('journal_mode = WAL');
  migrate(old, LATEST_VERSION - 1);
  old.pragma(`application_id = ${APPLICATION_ID}`);
  old.close();

  const child = spawn(process.execPath, [CHILD, file, '600'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  await new Promise<void>((resolve) => child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
    if (out.includes('locked')) resolve();
  }));
  const workspace = await openWorkspace(file);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code).toBe(0);
  expect(out).toContain('migrated');
  expect(workspace.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
  expect(workspace.db.pragma('integrity_check', { simple: true })).toBe('ok');
  workspace.db.close();
});
