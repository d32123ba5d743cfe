import type { Database } from 'better-sqlite3';

/** The note a metric shows: the body of its newest live note annotation, '' when it has none. */
export function metricNote(db: Database, metricId: number): string {
  return db.prepare(`SELECT COALESCE((SELECT body FROM annotations WHERE metric_id = ? AND deleted_at IS NULL ORDER BY id DESC LIMIT 1), '')`)
    .pluck().get(metricId) as string;
}

/**
 * Writes the metric's 'note' history line when an edit made to its note annotation directly
 * (its body edited, the note deleted or brought back from the trash) changed what the metric
 * shows. The inspector's history then tells it, and a team workspace shares it as the
 * metric's note, the only way notes on metrics travel. Call in the edit's transaction.
 */
export function noteChanged(db: Database, metricId: number | null, before: string, now: string): void {
  if (metricId === null) return;
  if (!db.prepare('SELECT 1 FROM metrics WHERE id = ?').get(metricId)) return;
  const after = metricNote(db, metricId);
  if (after === before) return;
  db.prepare(`INSERT INTO history (target_kind, target_id, field, old_value, new_value, changed_at) VALUES ('metric', ?, 'note', ?, ?, ?)`)
    .run(metricId, before, after, now);
}
