import type { Migration } from './types.ts';

/**
 * Team workspaces share reports (#17): like annotations, each report gets a random id of its
 * own (`uid`) that names it in every analyst's workspace, given to the reports already here
 * and by a trigger to each new one.
 */
export const reportUids: Migration = {
  version: 26,
  name: 'report-uids',
  up(db) {
    db.exec(`
      ALTER TABLE reports ADD COLUMN uid TEXT;
      UPDATE reports SET uid = lower(hex(randomblob(16)));
      CREATE UNIQUE INDEX reports_uid ON reports(uid);
      CREATE TRIGGER reports_give_uid AFTER INSERT ON reports WHEN NEW.uid IS NULL
      BEGIN
        UPDATE reports SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
      END;
    `);
  },
};
