import type { Migration } from './types.ts';

/**
 * The undo stack, kept in the workspace so it survives a restart: each action is a change
 * to one target with the fields before and after; `done` = 0 marks actions undone (redoable).
 */
export const actions: Migration = {
  version: 12,
  name: 'actions',
  up(db) {
    db.exec(`
      CREATE TABLE actions (
        id INTEGER PRIMARY KEY,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('metric', 'annotation')),
        target_id INTEGER NOT NULL,
        before TEXT NOT NULL,
        after TEXT NOT NULL,
        done INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
      );
    `);
  },
};
