import type { Migration } from './types.ts';

/**
 * Where a figure stood on its own words (#17): the team key (METRIC_KEY_SQL) it had on the last version that stated
 * them, kept when a new version places it fuzzily on changed words ('3,950 mt' reviewed, now on '3,980 mt'). Work done
 * on it before joining is offered keyed there, so each workspace reads the figure again from those words and places it
 * as this one's import did; keyed where it now stands, the work named the fresh reading of the changed words there
 * instead (3,980), while this workspace kept the old one (3,950). A change keyed there finds the figure by it
 * (apply-metric.ts), in the trash too, where the rank the key gives no longer counts the figures the import let go.
 * A teammate's figure read again or made from a selection on an earlier version and placed fuzzily here keeps the key
 * its change named. Null for a figure on its own words, and for those placed before this migration, which nothing can
 * tell now.
 */
export const metricWordsKey: Migration = {
  version: 39,
  name: 'metric-words-key',
  up(db) {
    db.exec(`
      ALTER TABLE metrics ADD COLUMN words_key TEXT;
      CREATE INDEX metrics_words_key ON metrics(words_key) WHERE words_key IS NOT NULL;
      CREATE INDEX trash_metric_words_key ON trash(json_extract(payload, '$.metrics[0].words_key')) WHERE target_kind = 'metric';
    `);
  },
};
