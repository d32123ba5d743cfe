import type { Database } from 'better-sqlite3';

/** How many steps undo remembers (a bulk change of many metrics is one step). */
export const UNDO_DEPTH = 100;

export interface Action {
  id: number;
  targetKind: 'metric' | 'annotation' | 'passage';
  targetId: number;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

type ActionRow = Omit<Action, 'before' | 'after'> & { before: string; after: string };
const COLUMNS = 'id, target_kind AS targetKind, target_id AS targetId, before, after';

/**
 * SQL for the undo stack: record, find what to undo or redo, mark it. Actions come in
 * steps (`batch`, the id of a step's first action): undo and redo take a whole step.
 */
export class ActionStore {
  private readonly db: Database;

  constructor(db: Database) {
    this.db = db;
  }

  /**
   * A new action: what was undone can no longer be redone, and only the last UNDO_DEPTH
   * steps stay. Without `batch` the action is a step of its own; returns the step's id,
   * to pass as `batch` for the step's further actions.
   */
  record(targetKind: Action['targetKind'], targetId: number, before: Record<string, unknown>, after: Record<string, unknown>, now: string, batch?: number): number {
    if (batch === undefined) this.db.prepare('DELETE FROM actions WHERE done = 0').run();
    const id = Number(this.db.prepare('INSERT INTO actions (target_kind, target_id, before, after, created_at, batch) VALUES (?, ?, ?, ?, ?, ?)')
      .run(targetKind, targetId, JSON.stringify(before), JSON.stringify(after), now, batch ?? null).lastInsertRowid);
    if (batch !== undefined) return batch;
    this.db.prepare('UPDATE actions SET batch = id WHERE id = ?').run(id);
    this.db.prepare(`DELETE FROM actions WHERE batch < (SELECT min(batch) FROM (SELECT DISTINCT batch FROM actions ORDER BY batch DESC LIMIT ?))`).run(UNDO_DEPTH);
    return id;
  }

  /**
   * The actions undo would revert (the latest done step, newest action first), or redo
   * would reapply (the earliest undone step, in order); empty when there are none.
   */
  next(kind: 'undo' | 'redo'): Action[] {
    const rows = this.db.prepare(kind === 'undo'
      ? `SELECT ${COLUMNS} FROM actions WHERE done = 1 AND batch = (SELECT batch FROM actions WHERE done = 1 ORDER BY id DESC LIMIT 1) ORDER BY id DESC`
      : `SELECT ${COLUMNS} FROM actions WHERE done = 0 AND batch = (SELECT batch FROM actions WHERE done = 0 ORDER BY id ASC LIMIT 1) ORDER BY id ASC`)
      .all() as ActionRow[];
    return rows.map((r) => ({ ...r, before: JSON.parse(r.before) as Record<string, unknown>, after: JSON.parse(r.after) as Record<string, unknown> }));
  }

  mark(ids: number[], done: boolean): void {
    this.db.prepare('UPDATE actions SET done = ? WHERE id IN (SELECT value FROM json_each(?))').run(done ? 1 : 0, JSON.stringify(ids));
  }
}
