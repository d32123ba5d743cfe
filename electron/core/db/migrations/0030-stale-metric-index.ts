import type { Migration } from './types.ts';

/**
 * An index of the figures re-extraction may replace (extracted, never edited, never reviewed)
 * by the extractor that read them, so workspace.info counts the ones an older extractor read
 * without reading every metric: at a million metrics that scan took most of a second at each
 * launch and filled the page cache (#19). Only such figures are in it, and a reviewed figure
 * leaves it.
 */
export const staleMetricIndex: Migration = {
  version: 30,
  name: 'stale-metric-index',
  up(db) {
    db.exec(`CREATE INDEX metrics_extractor ON metrics(extractor_version)
      WHERE origin = 'extracted' AND edited = 0 AND status = 'unreviewed'`);
  },
};
