import type { Migration } from './types.ts';

/** Reports an analyst builds: a name to find it by and its content (title, summary, sections) as JSON. */
export const reports: Migration = {
  version: 15,
  name: 'reports',
  up(db) {
    db.exec(`
      CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        content TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
