import type { Migration } from './types.ts';

/** Whether a metric an analyst touched was found again in its document's newest version. */
export const anchorState: Migration = {
  version: 10,
  name: 'anchor-state',
  up(db) {
    db.exec(`ALTER TABLE metrics ADD COLUMN anchor_state TEXT NOT NULL DEFAULT 'anchored' CHECK (anchor_state IN ('anchored', 'fuzzy', 'orphaned'))`);
  },
};
