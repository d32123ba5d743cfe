import type { Migration } from './types.ts';

/** Every change an analyst makes to a metric or an annotation: field, old and new value, time. */
export const history: Migration = {
  version: 11,
  name: 'history',
  up(db) {
    db.exec(`
      CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('metric', 'annotation')),
        target_id INTEGER NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        changed_at TEXT NOT NULL
      );
      CREATE INDEX history_target ON history(target_kind, target_id, id);
    `);
  },
};
