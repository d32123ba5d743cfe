import type { Migration } from './types.ts';

/**
 * Deleted metrics and annotations go to a trash they can be restored from: each entry
 * keeps the rows as they were (the item, its notes, its taggings) as JSON. Tagging a
 * passage becomes undoable, so the undo stack accepts passages as targets.
 */
export const trash: Migration = {
  version: 13,
  name: 'trash',
  up(db) {
    db.exec(`
      CREATE TABLE trash (
        id INTEGER PRIMARY KEY,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('metric', 'annotation')),
        target_id INTEGER NOT NULL,
        document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
        description TEXT NOT NULL,
        payload TEXT NOT NULL,
        deleted_at TEXT NOT NULL
      );
      CREATE INDEX trash_target ON trash(target_kind, target_id);

      CREATE TABLE actions_new (
        id INTEGER PRIMARY KEY,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('metric', 'annotation', 'passage')),
        target_id INTEGER NOT NULL,
        before TEXT NOT NULL,
        after TEXT NOT NULL,
        done INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
      );
      INSERT INTO actions_new SELECT id, target_kind, target_id, before, after, done, created_at FROM actions;
      DROP TABLE actions;
      ALTER TABLE actions_new RENAME TO actions;
      CREATE INDEX taggings_tag ON taggings(tag_id, target_kind);
    `);
  },
};
