import type { Migration } from './types.ts';

/**
 * Team workspaces share annotations (#17). A rowid means nothing in another analyst's file,
 * so every annotation gets a random id of its own (`uid`) that travels with it: given to
 * the annotations already here, and by a trigger to each new one (SQLite cannot give an added
 * column a random default). A restored annotation comes back from the trash with its uid.
 */
export const annotationUids: Migration = {
  version: 25,
  name: 'annotation-uids',
  up(db) {
    db.exec(`
      ALTER TABLE annotations ADD COLUMN uid TEXT;
      UPDATE annotations SET uid = lower(hex(randomblob(16)));
      CREATE UNIQUE INDEX annotations_uid ON annotations(uid);
      CREATE TRIGGER annotations_give_uid AFTER INSERT ON annotations WHEN NEW.uid IS NULL
      BEGIN
        UPDATE annotations SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
      END;
    `);
  },
};
