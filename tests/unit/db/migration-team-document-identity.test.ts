import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/db/migrations/index.ts';
import { teamDocumentIdentity } from '../../../electron/core/db/migrations/0035-team-document-identity.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

const now = '2025-07-01T00:00:00.000Z';
const VERSION = teamDocumentIdentity.version;

/** Adds version `version` of document `documentId` (made first if need be) with the given content hash. */
function addVersion(db: Database, documentId: number, version: number, hash: string): void {
  db.prepare(`INSERT OR IGNORE INTO documents (id, title, file_name, format, created_at, updated_at) VALUES (?, 'Notes', 'notes.txt', 'txt', ?, ?)`).run(documentId, now, now);
  db.prepare(`INSERT INTO document_versions (document_id, version, content_hash, original, text, encoding, imported_at) VALUES (?, ?, ?, x'41', 'A', 'utf-8', ?)`)
    .run(documentId, version, hash, now);
}

const bases = (db: Database) => db.prepare(`SELECT key, base FROM team_changes WHERE kind = 'document' ORDER BY rowid`).all();

describe(`00${VERSION}-team-document-identity`, () => {
  it('names the version each unpushed document version follows, leaves pushed and pulled ones be, and the import trigger names it from then on', () => {
    const db = new BetterSqlite3(tempWorkspacePath());
    migrate(db, VERSION - 1);
    db.prepare(`UPDATE team_state SET workspace_id = 'ab', member = 'Ann', hub_url = 'postgresql://h/db', recording = 1`).run();
    addVersion(db, 1, 1, 'h1');
    addVersion(db, 1, 2, 'h2');
    addVersion(db, 2, 1, 'g1');
    // As the hub already holds it: pushed under the old format, it stays as sent.
    db.prepare(`UPDATE team_changes SET done = 1 WHERE key = 'd:g1'`).run();
    db.prepare(`INSERT INTO team_changes (id, hlc, author, kind, key, field, value, base, made_at, origin, done)
      VALUES ('cd:1', '000000000000001-000000-cd', 'Bo', 'document', 'd:r1', 'version', 'notes.txt', NULL, ?, 'remote', 1)`).run(now);
    migrate(db, VERSION);
    expect(schemaVersion(db)).toBe(VERSION);
    addVersion(db, 2, 2, 'g2');
    addVersion(db, 3, 1, 'k1');
    expect(bases(db)).toEqual([
      { key: 'd:h1', base: 'd:h1' },
      { key: 'd:h2', base: 'd:h1' },
      { key: 'd:g1', base: null },
      { key: 'd:r1', base: null },
      { key: 'd:g2', base: 'd:g1' },
      { key: 'd:k1', base: 'd:k1' },
    ]);
  });
});
