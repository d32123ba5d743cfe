import type { Migration } from './types.ts';

/**
 * Metrics in document order (the grid's default) as one index, so paging deep into a
 * million rows walks the index instead of sorting; it also serves lookups by document.
 */
export const metricPositionIndex: Migration = {
  version: 9,
  name: 'metric-position-index',
  up(db) {
    db.exec(`
      CREATE INDEX metrics_position ON metrics(document_id, char_start);
      DROP INDEX IF EXISTS metrics_document;
    `);
  },
};
