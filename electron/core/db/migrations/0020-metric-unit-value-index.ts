import type { Migration } from './types.ts';

/**
 * Sorting the grid by value never mixes units: it sorts by unit, then value. The value
 * index becomes a unit and value index, so that sort (and a unit filter) still walks an
 * index at a million metrics, and a workspace keeps the same number of indexes.
 */
export const metricUnitValueIndex: Migration = {
  version: 20,
  name: 'metric-unit-value-index',
  up(db) {
    db.exec(`
      DROP INDEX IF EXISTS metrics_value;
      CREATE INDEX metrics_unit_value ON metrics(unit, value);
    `);
  },
};
