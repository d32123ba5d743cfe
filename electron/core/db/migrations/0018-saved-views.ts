import type { Migration } from './types.ts';

/**
 * Saved views of the grid: a name and the view's state as JSON (filters, sort, columns,
 * list or sheet), kept in the workspace so a view travels with the file. Names are unique
 * whatever their case.
 */
export const savedViews: Migration = {
  version: 18,
  name: 'saved-views',
  up(db) {
    db.exec(`
      CREATE TABLE views (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        state TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX views_name ON views(name COLLATE NOCASE);
    `);
  },
};
