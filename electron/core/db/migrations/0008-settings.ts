import type { Migration } from './types.ts';

/** Settings that belong to a workspace (not to a machine): small key/value pairs, JSON values. */
export const settings: Migration = {
  version: 8,
  name: 'settings',
  up(db) {
    db.exec(`CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
  },
};
