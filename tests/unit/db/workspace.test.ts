import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrate } from '../../../electron/core/db/migrations/index.ts';
import { APPLICATION_ID, attachWorkspace, openWorkspace } from '../../../electron/core/db/workspace.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

describe('openWorkspace', () => {
  it('creates a new file in WAL mode with foreign keys on, at the latest schema', async () => {
    const ws = await openWorkspace(tempWorkspacePath());
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(ws.backupPath).toBeNull();
    ws.db.close();
  });

  it('keeps a 16 MB page cache and sorts on disk on the connection that answers the workbench, 64 MB and sorts in memory on a worker\'s', async () => {
    const ws = await openWorkspace(tempWorkspacePath());
    expect(ws.db.pragma('cache_size', { simple: true })).toBe(-16 * 1024);
    expect(ws.db.pragma('temp_store', { simple: true })).toBe(0);
    const worker = attachWorkspace(ws.path);
    expect(worker.pragma('cache_size', { simple: true })).toBe(-64 * 1024);
    expect(worker.pragma('temp_store', { simple: true })).toBe(2);
    worker.close();
    ws.db.close();
  });

  it('backs up an older workspace beside it before migrating', async () => {
    const file = tempWorkspacePath();
    const old = new BetterSqlite3(file);
    migrate(old, 1);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old.prepare(`INSERT INTO documents (title, file_name, format, created_at, updated_at) VALUES ('Kept', 'k.txt', 'txt', 'now', 'now')`).run();
    old.close();

    const ws = await openWorkspace(file);
    expect(ws.backupPath).not.toBeNull();
    expect(path.dirname(ws.backupPath!)).toBe(path.dirname(file));
    const backup = new BetterSqlite3(ws.backupPath!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT title FROM documents').get()).toEqual({ title: 'Kept' });
    backup.close();
    expect(ws.db.prepare('SELECT title FROM documents').get()).toEqual({ title: 'Kept' });
    ws.db.close();
  });

  it('refuses a file written by a newer Assay and leaves it unchanged', async () => {
    const file = tempWorkspacePath();
    const newer = new BetterSqlite3(file);
    newer.pragma(`user_version = ${LATEST_VERSION + 1}`);
    newer.close();
    const before = fs.readFileSync(file);
    await expect(openWorkspace(file)).rejects.toThrow(/newer version of Assay.*Update Assay/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses an SQLite file that is not a workspace, and a file that is not SQLite', async () => {
    const other = tempWorkspacePath();
    const db = new BetterSqlite3(other);
    db.exec('CREATE TABLE accounts (id INTEGER)');
    db.close();
    await expect(openWorkspace(other)).rejects.toThrow(/not an Assay workspace/);

    const text = tempWorkspacePath();
    fs.writeFileSync(text, 'just some notes, not a database at all'.repeat(50));
    await expect(openWorkspace(text)).rejects.toThrow(/Cannot open .* as a workspace/);
  });
});
