import type { Migration } from './types.ts';

/**
 * Whether this workspace has offered the team its metric work from before joining. A
 * workspace that joined under an Assay that did not offer that work (the column's default
 * for every existing row) offers it on its next sync, each edit stamped when it was made, so
 * it meets the team's later edits by the clock; a join from now on offers it at once.
 */
export const earlierWorkOffered: Migration = {
  version: 32,
  name: 'earlier-work-offered',
  up(db) {
    db.exec('ALTER TABLE team_state ADD COLUMN earlier_work_offered INTEGER NOT NULL DEFAULT 0');
  },
};
