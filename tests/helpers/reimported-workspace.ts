import BetterSqlite3 from 'better-sqlite3';
import { migrate } from '../../electron/core/db/migrations/index.ts';
import { tempWorkspacePath } from './temp-workspace.ts';

const now = '2025-07-01T00:00:00.000Z';

/** A passage of the document: its id, the version (1, superseded, or 2, current) and whether it was in the index. */
export interface OldPassage { id: number; version: 1 | 2; text: string; debris?: boolean; indexed?: boolean }

/**
 * A workspace file at schema `version` holding one document imported twice (`texts` are its two versions'), with
 * `passages` written as an import of that schema wrote them: only those `indexed` are in the passage index.
 */
export function reimportedAt(version: number, texts: [string, string], passages: OldPassage[]): BetterSqlite3.Database {
  const db = new BetterSqlite3(tempWorkspacePath());
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  db.prepare(`INSERT INTO documents (id, title, file_name, format, created_at, updated_at, current_version_id) VALUES (1, 'T', 'a.txt', 'txt', ?, ?, 2)`).run(now, now);
  const insertVersion = db.prepare(`INSERT INTO document_versions (id, document_id, version, content_hash, original, text, encoding, imported_at) VALUES (?, 1, ?, ?, x'41', ?, 'utf-8', ?)`);
  texts.forEach((text, k) => insertVersion.run(k + 1, k + 1, `h${k + 1}`, text, now));
  const passage = db.prepare(`INSERT INTO passages (id, document_id, version_id, ordinal, kind, char_start, char_end, text, debris) VALUES (?, 1, ?, ?, 'paragraph', 0, 1, ?, ?)`);
  const index = db.prepare('INSERT INTO passages_fts (rowid, text) VALUES (?, ?)');
  passages.forEach((p, ordinal) => {
    passage.run(p.id, p.version, ordinal, p.text, p.debris ? 1 : 0);
    if (p.indexed) index.run(p.id, p.text);
  });
  return db;
}
