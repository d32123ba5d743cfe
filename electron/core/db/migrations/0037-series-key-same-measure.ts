import { seriesKey } from '../../../../shared/series-key.ts';
import type { Migration } from './types.ts';

/** Rows read and rewritten at a time: a million metrics never sit in memory at once. */
const PAGE = 5_000;

/**
 * Series keys written again with the singular and one name per measure (shared/series-key.ts): "NEVs production"
 * and "NEV production", "… production volume" and "… output" were separate series in charts, the period sheet and
 * cross-source checks. Only the derived key changes; labels stay as extracted or as the analyst wrote them.
 */
export const seriesKeySameMeasure: Migration = {
  version: 37,
  name: 'series-key-same-measure',
  up(db) {
    const page = db.prepare('SELECT id, label, entity, series_key AS key FROM metrics WHERE id > ? ORDER BY id LIMIT ?');
    const set = db.prepare('UPDATE metrics SET series_key = ? WHERE id = ?');
    for (let after = 0; ;) {
      const rows = page.all(after, PAGE) as Array<{ id: number; label: string; entity: string | null; key: string }>;
      if (!rows.length) return;
      for (const r of rows) {
        const key = seriesKey(r.label, r.entity);
        if (key !== r.key) set.run(key, r.id);
      }
      after = rows[rows.length - 1]!.id;
    }
  },
};
