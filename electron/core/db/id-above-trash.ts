import type { Database } from 'better-sqlite3';

/**
 * The id a new metric or annotation must take so that it never reuses the id of one in the
 * trash, or null when SQLite's own choice (one above the table's highest id) is already
 * above them. SQLite reuses the highest id once its row is deleted; a new row under a
 * trashed item's id would inherit its history and block bringing it back.
 */
export function idAboveTrash(db: Database, kind: 'metric' | 'annotation'): number | null {
  const table = kind === 'metric' ? 'metrics' : 'annotations';
  const top = db.prepare(`SELECT max(id) FROM ${table}`).pluck().get() as number | null;
  const trashed = kind === 'metric'
    ? db.prepare(`SELECT max(target_id) FROM trash WHERE target_kind = 'metric'`).pluck().get() as number | null
    // Notes on a metric go to the trash inside its entry.
    : db.prepare(`SELECT max(json_extract(a.value, '$.id')) FROM trash t, json_each(t.payload, '$.annotations') a`).pluck().get() as number | null;
  if (trashed === null || (top !== null && top > trashed)) return null;
  return trashed + 1;
}
