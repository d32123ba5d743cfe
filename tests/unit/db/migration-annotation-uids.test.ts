import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { TrashStore } from '../../../electron/core/db/trash.ts';
import { LATEST_VERSION, migrate, schemaVersion } from '../../../electron/core/db/migrations/index.ts';
import { annotationUids } from '../../../electron/core/db/migrations/0025-annotation-uids.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

const now = '2025-07-01T00:00:00.000Z';
const VERSION = annotationUids.version;

/** A file one version before annotation uids: a document with two notes, one of them in the trash. */
function databaseBefore() {
  const db = new BetterSqlite3(tempWorkspacePath());
  db.pragma('foreign_keys = ON');
  migrate(db, VERSION - 1);
  db.prepare(`INSERT INTO documents (id, title, file_name, format, created_at, updated_at, current_version_id) VALUES (1, 'T', 'a.txt', 'txt', ?, ?, 1)`).run(now, now);
  db.prepare(`INSERT INTO document_versions (id, document_id, version, content_hash, original, text, encoding, imported_at) VALUES (1, 1, 1, 'h1', x'41', 'Copper output rose.', 'utf-8', ?)`).run(now);
  const note = db.prepare(`INSERT INTO annotations (id, document_id, target_kind, version_id, body, created_at, modified_at) VALUES (?, 1, 'document', 1, ?, ?, ?)`);
  note.run(1, 'one', now, now);
  note.run(2, 'two', now, now);
  note.run(3, 'three', now, now);
  new TrashStore(db).putAnnotation(3, now);
  return db;
}

const uids = (db: BetterSqlite3.Database) => db.prepare('SELECT uid FROM annotations ORDER BY id').pluck().all() as Array<string | null>;

describe(`00${VERSION}-annotation-uids`, () => {
  it('gives every annotation its own uid, and each new or restored one gets one too', () => {
    const db = databaseBefore();
    migrate(db, VERSION);
    expect(schemaVersion(db)).toBe(VERSION);
    const [one, two] = uids(db);
    expect(one).toMatch(/^[0-9a-f]{32}$/u);
    expect(two).toMatch(/^[0-9a-f]{32}$/u);
    expect(one).not.toBe(two);
    // Trashed before the step: its row comes back without a uid in the payload and is given one
    // (by today's trash, which needs the later steps too).
    migrate(db, LATEST_VERSION);
    const trash = new TrashStore(db);
    trash.restore(trash.list()[0]!.id);
    db.prepare(`INSERT INTO annotations (document_id, target_kind, version_id, body, created_at, modified_at) VALUES (1, 'document', 1, 'new', ?, ?)`).run(now, now);
    const all = uids(db);
    expect(all).toHaveLength(4);
    expect(new Set(all).size).toBe(4);
    expect(all.every((u) => u && /^[0-9a-f]{32}$/u.test(u))).toBe(true);
    // Trashed after it: the same uid comes back.
    trash.putAnnotation(1, now);
    trash.restore(trash.list()[0]!.id);
    expect(uids(db)[0]).toBe(one);
  });
});
