import type { Migration } from './types.ts';

/**
 * What the extractor records beyond the first metrics table: the upper end of ranges,
 * where the label was read, the date a change is measured from, and the document
 * version a metric's span refers to.
 */
export const metricDetails: Migration = {
  version: 5,
  name: 'metric-details',
  up(db) {
    db.exec(`
      ALTER TABLE metrics ADD COLUMN value_high REAL;
      ALTER TABLE metrics ADD COLUMN label_start INTEGER;
      ALTER TABLE metrics ADD COLUMN label_end INTEGER;
      ALTER TABLE metrics ADD COLUMN change_since TEXT;
      ALTER TABLE metrics ADD COLUMN version_id INTEGER REFERENCES document_versions(id) ON DELETE SET NULL;
      CREATE INDEX metrics_kind ON metrics(kind);
      CREATE INDEX metrics_unit ON metrics(unit);
    `);
  },
};
