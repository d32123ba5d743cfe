import { seriesKey } from '../../../../shared/series-key.ts';
import type { Migration } from './types.ts';

/**
 * Two columns on metrics. `more_changes`: changes a metric states besides its first ("down
 * 9.1% year on year and 2.3% month on month"), a JSON array, NULL when it states one or
 * none (metrics already in a file keep NULL until extracted again). `series_key`: what
 * makes two metrics the same series (shared/series-key.ts), filled for every row and
 * indexed with the period, so cross-source checks find "SMM Pr-Nd oxide price" and
 * "Pr-Nd oxide price" as one metric.
 */
export const metricSeries: Migration = {
  version: 16,
  name: 'metric-more-changes-and-series-key',
  up(db) {
    db.exec('ALTER TABLE metrics ADD COLUMN more_changes TEXT');
    db.exec(`ALTER TABLE metrics ADD COLUMN series_key TEXT NOT NULL DEFAULT ''`);
    const rows = db.prepare('SELECT id, label, entity FROM metrics').all() as Array<{ id: number; label: string; entity: string | null }>;
    const set = db.prepare('UPDATE metrics SET series_key = ? WHERE id = ?');
    for (const r of rows) set.run(seriesKey(r.label, r.entity), r.id);
    db.exec('CREATE INDEX metrics_series_period ON metrics(series_key, period_end)');
  },
};
