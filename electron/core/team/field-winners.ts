import type { Database, Statement } from 'better-sqlite3';
import type { Change } from './change.ts';

/** The change whose value a field holds here, with the change that one overwrote. */
export interface Winner { hlc: string; changeId: string; base: string | null }

/**
 * SQL for team_fields, for one kind of item: which change each field's value came from.
 * The later clock stamp wins a field (last writer wins), in every workspace alike.
 */
export class FieldWinners {
  private readonly winnerOf: Statement;
  private readonly setWinner: Statement;
  private readonly latestOther: Statement;
  private readonly kind: Change['kind'];

  constructor(db: Database, kind: Change['kind']) {
    this.kind = kind;
    this.winnerOf = db.prepare(`SELECT f.hlc, f.change_id AS changeId, c.base FROM team_fields f LEFT JOIN team_changes c ON c.id = f.change_id
      WHERE f.kind = ? AND f.key = ? AND f.field = ?`);
    this.setWinner = db.prepare('INSERT OR REPLACE INTO team_fields (kind, key, field, hlc, change_id) VALUES (?, ?, ?, ?, ?)');
    this.latestOther = db.prepare(`SELECT max(hlc) FROM team_fields WHERE kind = ? AND key = ? AND field != 'exists'`).pluck();
  }

  /** The change a field's value came from, if any change to it is known here. */
  of(key: string, field: string): Winner | undefined {
    return this.winnerOf.get(this.kind, key, field) as Winner | undefined;
  }

  /** Notes that a change now holds its field. */
  take(change: Change): void {
    this.setWinner.run(this.kind, change.key, change.field, change.hlc, change.id);
  }

  /**
   * What a delete ('0') or restore ('1') change does to an item, here or in the trash: the
   * latest change to the item by clock decides, so a delete older than an edit made
   * elsewhere leaves it ('none'; the edit brought it back). A change that does not lose
   * becomes the holder of 'exists'.
   */
  existence(change: Change, live: boolean, trashed: boolean): 'put' | 'restore' | 'none' | 'lost' | 'missing' {
    if (!live && !trashed) return 'missing';
    const winner = this.of(change.key, 'exists');
    if (winner && winner.hlc >= change.hlc) return 'lost';
    this.take(change);
    const edited = this.latestOther.get(this.kind, change.key) as string | null;
    if (change.value === '0' && live && (edited === null || edited < change.hlc)) return 'put';
    if (change.value === '1' && trashed) return 'restore';
    return 'none';
  }

  /** Whether the item was deleted later than this edit to it (so it goes back to the trash once the edit is applied). */
  deletedAfter(change: Change): boolean {
    const deleted = this.of(change.key, 'exists');
    return deleted !== undefined && deleted.hlc > change.hlc;
  }
}

/** Whether a change was made without seeing the one holding its field (nor the other way round). */
export function concurrentWith(change: Change, winner: Winner | undefined): boolean {
  return winner !== undefined && change.base !== winner.changeId && winner.base !== change.id;
}

/** A value that lost to a later edit stays in the item's history, marked as not applied. */
export function keepLost(db: Database, kind: 'metric' | 'annotation', id: number, change: Change): void {
  db.prepare(`INSERT INTO history (target_kind, target_id, field, old_value, new_value, changed_at, author)
    VALUES (?, ?, ?, NULL, ?, ?, ?)`).run(kind, id, `${change.field} (not applied: a later edit won)`, change.value, change.madeAt, change.author);
}
