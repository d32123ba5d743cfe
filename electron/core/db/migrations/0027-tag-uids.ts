import type { Migration } from './types.ts';

/**
 * Team workspaces share the tag tree (#17): renames, merges, colors and deletions. A tag's
 * path changes when it is renamed, and its rowid means nothing in another analyst's file, so
 * every tag gets a random id of its own (`uid`) that names it in every workspace: given to the
 * tags already here, and by a trigger to each new one (SQLite cannot give an added column a
 * random default).
 */
export const tagUids: Migration = {
  version: 27,
  name: 'tag-uids',
  up(db) {
    db.exec(`
      ALTER TABLE tags ADD COLUMN uid TEXT;
      UPDATE tags SET uid = lower(hex(randomblob(16)));
      CREATE UNIQUE INDEX tags_uid ON tags(uid);
      CREATE TRIGGER tags_give_uid AFTER INSERT ON tags WHEN NEW.uid IS NULL
      BEGIN
        UPDATE tags SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
      END;
    `);
  },
};
