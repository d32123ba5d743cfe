import type { Migration } from './types.ts';

/**
 * Emptying the trash of a team workspace keeps each metric's entry as a marker (its version
 * and span, `purged_at` set), hidden from the analyst: a metric's team key is its rank among
 * the metrics on its span, those in the trash counted (migration 29), so dropping the entry
 * would shift the ranks of the metrics after it, and an edit made elsewhere to one figure
 * would land on another.
 */
export const trashPurged: Migration = {
  version: 31,
  name: 'trash-purged',
  up(db) {
    db.exec('ALTER TABLE trash ADD COLUMN purged_at TEXT');
  },
};
