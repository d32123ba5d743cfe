import { createHash } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import type { Change } from './change.ts';
import type { Winner } from './field-winners.ts';

/** A pulled change to a metric's field and the change holding that field here, each made without seeing the other. */
export interface Conflict { change: Change; winner: Winner }

/**
 * The "second look" a conflict asks for: the metric's status set to disputed, as a change
 * every workspace that meets the same two edits derives alike. Its id comes from the pair
 * (so however many workspaces mark it, the team holds it once), and its clock stamp is the
 * later edit's (the moment the conflict existed), not the clock of whoever pulled it: a
 * status decided after both edits were seen is later and keeps its place, in every
 * workspace, and a workspace that pulls the old conflict long after marks nothing new.
 * Its author names the two analysts whose edits met.
 */
export class DisputeMarks {
  private readonly known: Statement;
  private readonly insert: Statement;
  private readonly origin: 'local' | 'remote';

  /**
   * `share`: an editor's marks are pushed like its own changes (a workspace that did not meet
   * the conflict gets it from the hub); a viewer's stay here as applied remote changes, so it
   * holds nothing it cannot push.
   */
  constructor(db: Database, share: boolean) {
    this.origin = share ? 'local' : 'remote';
    this.known = db.prepare('SELECT author, made_at AS madeAt FROM team_changes WHERE id = ?');
    this.insert = db.prepare(`INSERT OR IGNORE INTO team_changes (id, hlc, author, kind, key, field, value, base, made_at, origin, done)
      VALUES (@id, @hlc, @author, @kind, @key, @field, @value, @base, @madeAt, @origin, 0)`);
  }

  /** The mark for a conflict, or null when this workspace holds it already (marked before, or pulled). */
  add({ change, winner }: Conflict): Change | null {
    const held = this.known.get(winner.changeId) as { author: string; madeAt: string } | undefined;
    const other = { hlc: winner.hlc, author: held?.author ?? change.author, madeAt: held?.madeAt ?? change.madeAt };
    const later = other.hlc > change.hlc ? other : change;
    const authors = [...new Set([change.author, other.author])].sort().join(' and ').slice(0, 200);
    const pair = [change.id, winner.changeId].sort().join('\n');
    const mark: Change = {
      id: `dispute:${createHash('sha256').update(pair).digest('hex').slice(0, 40)}`,
      hlc: later.hlc,
      workspaceId: later.hlc.split('-')[2]!,
      author: authors,
      kind: 'metric',
      key: change.key,
      field: 'status',
      value: 'disputed',
      base: null,
      madeAt: later.madeAt,
    };
    return this.insert.run({ ...mark, origin: this.origin }).changes === 1 ? mark : null;
  }
}
