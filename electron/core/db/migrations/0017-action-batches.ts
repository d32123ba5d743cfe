import type { Migration } from './types.ts';

/**
 * Bulk review changes many metrics in one step, and one undo must take the whole step
 * back. Each action gets a `batch`: the id of the first action of its step. Actions
 * already in the file are steps of their own.
 */
export const actionBatches: Migration = {
  version: 17,
  name: 'action-batches',
  up(db) {
    db.exec(`
      ALTER TABLE actions ADD COLUMN batch INTEGER;
      UPDATE actions SET batch = id;
      CREATE INDEX actions_batch ON actions(batch);
    `);
  },
};
