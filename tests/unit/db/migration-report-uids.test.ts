import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/db/migrations/index.ts';
import { reportUids } from '../../../electron/core/db/migrations/0026-report-uids.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

const now = '2025-07-01T00:00:00.000Z';
const VERSION = reportUids.version;

describe(`00${VERSION}-report-uids`, () => {
  it('gives every report its own uid, and each new one gets one too', () => {
    const db = new BetterSqlite3(tempWorkspacePath());
    migrate(db, VERSION - 1);
    const insert = db.prepare(`INSERT INTO reports (name, content, created_at, updated_at) VALUES (?, '{}', ?, ?)`);
    insert.run('Weekly', now, now);
    insert.run('Copper', now, now);
    migrate(db, VERSION);
    expect(schemaVersion(db)).toBe(VERSION);
    insert.run('Lithium', now, now);
    const uids = db.prepare('SELECT uid FROM reports ORDER BY id').pluck().all() as string[];
    expect(uids).toHaveLength(3);
    expect(new Set(uids).size).toBe(3);
    for (const uid of uids) expect(uid).toMatch(/^[0-9a-f]{32}$/u);
  });
});
