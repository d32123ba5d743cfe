import type { Database } from 'better-sqlite3';
import { AssayError } from '../../../shared/errors.ts';
import { ViewState, type SavedView } from '../../../shared/views.ts';

interface Row { id: number; name: string; state: string; updatedAt: string }

/** SQL for saved views of the grid: a name and the view's state as JSON, read back through zod. */
export class ViewStore {
  private readonly db: Database;

  constructor(db: Database) {
    this.db = db;
  }

  /** Every view, by name. A view this Assay cannot read is left out rather than shown empty. */
  list(): SavedView[] {
    const rows = this.db.prepare('SELECT id, name, state, updated_at AS updatedAt FROM views ORDER BY name COLLATE NOCASE').all() as Row[];
    return rows.flatMap((r) => {
      const state = read(r.state);
      return state ? [{ id: r.id, name: r.name, state, updatedAt: r.updatedAt }] : [];
    });
  }

  /** Saves a view under its name; a view of the same name (whatever its case) is replaced. */
  save(name: string, state: ViewState, now: string): SavedView {
    const json = JSON.stringify(state);
    const existing = this.db.prepare('SELECT id FROM views WHERE name = ? COLLATE NOCASE').get(name) as { id: number } | undefined;
    const id = existing
      ? (this.db.prepare('UPDATE views SET name = ?, state = ?, updated_at = ? WHERE id = ?').run(name, json, now, existing.id), existing.id)
      : Number(this.db.prepare('INSERT INTO views (name, state, created_at, updated_at) VALUES (?, ?, ?, ?)').run(name, json, now, now).lastInsertRowid);
    return { id, name, state, updatedAt: now };
  }

  delete(id: number): void {
    const { changes } = this.db.prepare('DELETE FROM views WHERE id = ?').run(id);
    if (!changes) throw new AssayError('NO_SUCH_VIEW', `There is no saved view ${id}; it may have been deleted already.`);
  }
}

function read(json: string): ViewState | null {
  try {
    const parsed = ViewState.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
