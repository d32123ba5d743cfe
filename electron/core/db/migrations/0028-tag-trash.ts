import type { Migration } from './types.ts';

/**
 * A deleted tag goes to the trash like a deleted metric or annotation (#17: the trash is
 * shared, and a tag deleted in any workspace can be brought back from any). SQLite cannot
 * change a CHECK constraint, so the trash table is rebuilt with 'tag' among its kinds,
 * every entry kept as it was.
 */
export const tagTrash: Migration = {
  version: 28,
  name: 'tag-trash',
  up(db) {
    db.exec(`
      CREATE TABLE trash_new (
        id INTEGER PRIMARY KEY,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('metric', 'annotation', 'tag')),
        target_id INTEGER NOT NULL,
        document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
        description TEXT NOT NULL,
        payload TEXT NOT NULL,
        deleted_at TEXT NOT NULL
      );
      INSERT INTO trash_new (id, target_kind, target_id, document_id, description, payload, deleted_at)
        SELECT id, target_kind, target_id, document_id, description, payload, deleted_at FROM trash;
      DROP TABLE trash;
      ALTER TABLE trash_new RENAME TO trash;
      CREATE INDEX trash_target ON trash(target_kind, target_id);
    `);
  },
};
