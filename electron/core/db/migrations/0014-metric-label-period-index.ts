import type { Migration } from './types.ts';

/**
 * Cross-source checks look metrics up by label and period (the same metric in another
 * document, the level a change was measured from). The label index becomes a label and
 * period-end (and entity) index: label filters still use its prefix, and a workspace keeps the same
 * number of indexes to maintain on import.
 */
export const metricLabelPeriodIndex: Migration = {
  version: 14,
  name: 'metric-label-period-index',
  up(db) {
    db.exec(`
      DROP INDEX IF EXISTS metrics_label;
      CREATE INDEX metrics_label_period ON metrics(label, period_end, entity, period_start);
    `);
  },
};
