import type { Database } from 'better-sqlite3';

/**
 * The id a new metric or annotation must take so that it never reuses the id of one in the
 * trash, or null when SQLite's own choice (one above the table's highest id) is already
 * above them. SQLite reuses the highest id once its row is deleted; a new row under a
 * trashed item's id would inherit its history and block bringing it back. Both maxima are
 * read from indexes: this runs for every annotation created. (A note on a metric, trashed
 * inside its metric's entry and keeping no history of its own, is not looked for: if its
 * id was taken meanwhile, TrashStore.restore brings it back under a new one.)
 */
export function idAboveTrash(db: Database, kind: 'metric' | 'annotation'): number | null {
  const table = kind === 'metric' ? 'metrics' : 'annotations';
  const top = db.prepare(`SELECT max(id) FROM ${table}`).pluck().get() as number | null;
  const trashed = db.prepare('SELECT max(target_id) FROM trash WHERE target_kind = ?').pluck().get(kind) as number | null;
  if (trashed === null || (top !== null && top > trashed)) return null;
  return trashed + 1;
}
