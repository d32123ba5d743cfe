import type { Migration } from './types.ts';

/**
 * A metric's sentence as a range of its version's text rather than a copy: the copies
 * were a large share of what an import wrote. Rows from before keep their copied sentence.
 */
export const metricSentenceRange: Migration = {
  version: 6,
  name: 'metric-sentence-range',
  up(db) {
    db.exec(`
      ALTER TABLE metrics ADD COLUMN sentence_start INTEGER;
      ALTER TABLE metrics ADD COLUMN sentence_end INTEGER;
    `);
  },
};
