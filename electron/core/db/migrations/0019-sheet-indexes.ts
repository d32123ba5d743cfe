import type { Migration } from './types.ts';

/**
 * The period sheet at a million metrics. Both indexes hold only metrics that can be in a
 * sheet (a value and a period), so they cost nothing for the rest:
 * - `metrics_sheet_series` (series, unit, label, status, edited, document, period, value)
 *   lets the sheet step from one series to the next without reading the rows between, and
 *   answers a label filter's series and periods, and which metric each cell shows, from the
 *   index alone;
 * - `metrics_sheet_periods` (period end and start) does the same for the sheet's columns.
 */
export const sheetIndexes: Migration = {
  version: 19,
  name: 'sheet-indexes',
  up(db) {
    const sheetMetrics = 'WHERE value IS NOT NULL AND period_start IS NOT NULL AND period_end IS NOT NULL';
    db.exec(`
      CREATE INDEX metrics_sheet_series ON metrics(series_key, unit, label, status, edited, document_id, period_end, period_start, value) ${sheetMetrics};
      CREATE INDEX metrics_sheet_periods ON metrics(period_end, period_start) ${sheetMetrics};
    `);
  },
};
