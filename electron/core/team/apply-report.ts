import { createHash } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import type { Applied, MetricChanges } from './apply-metric.ts';
import type { Change } from './change.ts';
import { concurrentWith, FieldWinners, type Winner } from './field-winners.ts';
import { settleReportNames } from './report-names.ts';
import { localReport, SharedReport, type ItemResolver } from './shared-report.ts';
import { jsonOrNull } from './tag-paths.ts';

/**
 * Applies pulled report changes by uid. A report travels whole: the later save by clock
 * wins. A save that loses to one made without seeing it is not thrown away: it is kept as a
 * report of its own, "NAME (AUTHOR, not applied)", with an id made from the losing change's,
 * so every workspace keeps the same copy. Call inside a transaction with the recorder off.
 */
/** The uid of the copy kept of a report's save that lost to a concurrent one. */
const copyUid = (uid: string, changeId: string) => createHash('sha256').update(`${uid}:${changeId}`).digest('hex').slice(0, 32);

export class ReportChanges {
  private readonly db: Database;
  private readonly winners: FieldWinners;
  private readonly items: (now: string) => ItemResolver;
  private readonly byUid: Statement;
  private readonly authorOf: Statement;
  private readonly savedName: Statement;

  constructor(db: Database, metrics: MetricChanges) {
    this.db = db;
    this.winners = new FieldWinners(db, 'report');
    const version = db.prepare('SELECT 1 FROM document_versions WHERE content_hash = ? LIMIT 1').pluck();
    const annotation = db.prepare(`SELECT id FROM annotations WHERE uid = ?
      UNION ALL SELECT target_id FROM trash WHERE target_kind = 'annotation' AND json_extract(payload, '$.annotations[0].uid') = ? LIMIT 1`).pluck();
    this.items = (now) => ({
      metric: (key) => metrics.item(key, now),
      hasVersion: (key) => version.get(key.split(':')[1]) !== undefined,
      annotation: (key) => (annotation.get(key.slice(2), key.slice(2)) as number | undefined) ?? null,
    });
    this.byUid = db.prepare('SELECT id, name, content FROM reports WHERE uid = ?');
    this.authorOf = db.prepare('SELECT author FROM team_changes WHERE id = ?').pluck();
    this.savedName = db.prepare(`SELECT json_extract(value, '$.name') FROM team_changes WHERE id = ?`).pluck();
  }

  apply(change: Change, now: string): Applied {
    const uid = change.key.slice(2);
    if (change.field === 'exists') return this.deleted(uid, change);
    if (change.field !== 'content') return 'invalid';
    const parsed = SharedReport.safeParse(jsonOrNull(change.value));
    if (!parsed.success) return 'invalid';
    const content = localReport(parsed.data, this.items(now));
    if (content === 'missing') return 'missing';
    const winner = this.winners.of(change.key, 'content');
    const deletion = this.winners.of(change.key, 'exists');
    if (deletion && deletion.hlc > change.hlc) return 'lost';
    if (winner && winner.hlc >= change.hlc) {
      if (concurrentWith(change, winner)) this.keep(uid, parsed.data.name, JSON.stringify(content), change.author, change.id, now, change.base);
      return 'lost';
    }
    if (winner && concurrentWith(change, winner)) this.keepHeld(uid, winner, now);
    // Taken first: a name this save lets go of goes to another report, not back to this one.
    this.winners.take(change);
    this.write(uid, parsed.data.name, JSON.stringify(content), now);
    return 'applied';
  }

  /** A report deleted elsewhere goes here too, unless it was saved here later than the delete. */
  private deleted(uid: string, change: Change): Applied {
    const winner = this.winners.of(change.key, 'exists');
    if (winner && winner.hlc >= change.hlc) return 'lost';
    this.winners.take(change);
    const saved = this.winners.of(change.key, 'content');
    if (change.value !== '0' || (saved && saved.hlc >= change.hlc)) return 'applied';
    this.db.prepare('DELETE FROM reports WHERE uid = ?').run(uid);
    settleReportNames(this.db);
    return 'applied';
  }

  /**
   * The content held here, about to be overwritten by a concurrent save, kept as a report of its own,
   * named by the name that save gave it (not the one shown here, which may carry a number), as
   * every workspace names it.
   */
  private keepHeld(uid: string, winner: Winner, now: string): void {
    const held = this.byUid.get(uid) as { name: string; content: string } | undefined;
    if (!held) return;
    const saved = this.savedName.get(winner.changeId) as string | null | undefined;
    this.keep(uid, saved ?? held.name, held.content, (this.authorOf.get(winner.changeId) as string | undefined) ?? 'another analyst', winner.changeId, now);
  }

  /**
   * Keeps a save that lost as a report of its own, named for the save (the same copy in
   * every workspace). A later save on top of one already kept here (the same analyst saving
   * again before seeing the winner) takes that copy over, as the workspace that made both
   * saves keeps only the last.
   */
  private keep(uid: string, name: string, content: string, author: string, changeId: string, now: string, base: string | null = null): void {
    const copy = copyUid(uid, changeId);
    if (this.byUid.get(copy)) return;
    if (base !== null) this.db.prepare('UPDATE reports SET uid = ? WHERE uid = ?').run(copy, copyUid(uid, base));
    this.write(copy, `${name} (${author}, not applied)`.slice(0, 120), content, now);
  }

  /**
   * Writes a report under its uid, then settles every report's name (`settleReportNames`):
   * when two analysts' reports share a name, the one with the greater uid takes " (2)" (or
   * the next free number), alike in every workspace.
   */
  private write(uid: string, name: string, content: string, now: string): void {
    // Under a name of its own until the names settle, so the UNIQUE index never meets a clash.
    const interim = `\u0001writing ${uid}`;
    const updated = this.db.prepare('UPDATE reports SET name = ?, content = ?, updated_at = ? WHERE uid = ?').run(interim, content, now, uid);
    if (!updated.changes) this.db.prepare('INSERT INTO reports (uid, name, content, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(uid, interim, content, now, now);
    settleReportNames(this.db, { uid, name });
  }
}
