import type { Migration } from './types.ts';

/**
 * Team workspaces share documents (#17): each version imported after joining is a change
 * keyed by its content hash, recorded by a trigger in the import's own transaction. The
 * bytes travel once per hash (the hub's blobs); every workspace extracts them itself.
 */
export const teamDocuments: Migration = {
  version: 22,
  name: 'team-documents',
  up(db) {
    db.exec(`
      CREATE TRIGGER team_record_document AFTER INSERT ON document_versions
      WHEN (SELECT recording FROM team_state) = 1
      BEGIN
        UPDATE team_state SET
          counter = CASE WHEN wall >= CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) THEN counter + 1 ELSE 0 END,
          wall = max(wall, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
          seq = seq + 1;
        INSERT OR IGNORE INTO team_changes (id, hlc, author, kind, key, field, value, base, made_at, origin)
          SELECT s.workspace_id || ':' || s.seq, printf('%015d-%06d-%s', s.wall, s.counter, s.workspace_id), s.member, 'document',
            'd:' || NEW.content_hash, 'version', (SELECT file_name FROM documents WHERE id = NEW.document_id), NULL, NEW.imported_at, 'local'
          FROM team_state s;
      END;
    `);
  },
};
