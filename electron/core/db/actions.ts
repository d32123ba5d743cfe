import type { Database } from 'better-sqlite3';

/** How many actions undo remembers. */
export const UNDO_DEPTH = 100;

export interface Action {
  id: number;
  targetKind: 'metric' | 'annotation' | 'passage';
  targetId: number;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** SQL for the undo stack: record, find what to undo or redo, mark it. */
export class ActionStore {
  private readonly db: Database;

  constructor(db: Database) {
    this.db = db;
  }

  /** A new action: what was undone can no longer be redone, and only the last UNDO_DEPTH stay. */
  record(targetKind: Action['targetKind'], targetId: number, before: Record<string, unknown>, after: Record<string, unknown>, now: string): void {
    this.db.prepare('DELETE FROM actions WHERE done = 0').run();
    this.db.prepare('INSERT INTO actions (target_kind, target_id, before, after, created_at) VALUES (?, ?, ?, ?, ?)').run(targetKind, targetId, JSON.stringify(before), JSON.stringify(after), now);
    this.db.prepare('DELETE FROM actions WHERE id <= (SELECT max(id) FROM actions) - ?').run(UNDO_DEPTH);
  }

  /** The action undo would revert (the latest done), or redo would reapply (the earliest undone). */
  next(kind: 'undo' | 'redo'): Action | undefined {
    const row = this.db.prepare(kind === 'undo'
      ? 'SELECT id, target_kind AS targetKind, target_id AS targetId, before, after FROM actions WHERE done = 1 ORDER BY id DESC LIMIT 1'
      : 'SELECT id, target_kind AS targetKind, target_id AS targetId, before, after FROM actions WHERE done = 0 ORDER BY id ASC LIMIT 1').get() as
      (Omit<Action, 'before' | 'after'> & { before: string; after: string }) | undefined;
    return row ? { ...row, before: JSON.parse(row.before) as Record<string, unknown>, after: JSON.parse(row.after) as Record<string, unknown> } : undefined;
  }

  mark(id: number, done: boolean): void {
    this.db.prepare('UPDATE actions SET done = ? WHERE id = ?').run(done ? 1 : 0, id);
  }
}
