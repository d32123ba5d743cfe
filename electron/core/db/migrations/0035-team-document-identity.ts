import type { Migration } from './types.ts';

/**
 * The key of the version a document version follows in its document: the one before it, or
 * itself for a document's first version (SQL over the version `v`).
 */
export const FOLLOWS_SQL = (v: string) => `'d:' || coalesce((SELECT p.content_hash FROM document_versions p
    WHERE p.document_id = ${v}.document_id AND p.version < ${v}.version ORDER BY p.version DESC LIMIT 1), ${v}.content_hash)`;

/**
 * A shared document version names the document it belongs to (#17): its change's `base` is
 * the key of the version it follows there (its own key for a new document). A workspace
 * pulling it adds it to the document holding that version, never to a document that merely
 * has the same file name (two analysts' different "notes.txt" were made one document, their
 * versions in opposite orders and each analyst's own figures replaced by the other's). The
 * import trigger is made again with the base, and the document changes not pushed yet get it.
 */
export const teamDocumentIdentity: Migration = {
  version: 35,
  name: 'team-document-identity',
  up(db) {
    db.exec(`
      UPDATE team_changes SET base = (SELECT ${FOLLOWS_SQL('v')} FROM document_versions v WHERE v.content_hash = substr(team_changes.key, 3))
        WHERE kind = 'document' AND origin = 'local' AND done = 0 AND base IS NULL;
      DROP TRIGGER team_record_document;
      CREATE TRIGGER team_record_document AFTER INSERT ON document_versions
      WHEN (SELECT recording FROM team_state) = 1
      BEGIN
        UPDATE team_state SET
          counter = CASE WHEN wall >= CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) THEN counter + 1 ELSE 0 END,
          wall = max(wall, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
          seq = seq + 1;
        INSERT OR IGNORE INTO team_changes (id, hlc, author, kind, key, field, value, base, made_at, origin)
          SELECT s.workspace_id || ':' || s.seq, printf('%015d-%06d-%s', s.wall, s.counter, s.workspace_id), s.member, 'document',
            'd:' || NEW.content_hash, 'version', (SELECT file_name FROM documents WHERE id = NEW.document_id), ${FOLLOWS_SQL('NEW')}, NEW.imported_at, 'local'
          FROM team_state s;
      END;
    `);
  },
};
