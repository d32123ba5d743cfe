import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { FOLLOWS_SQL } from '../db/migrations/0035-team-document-identity.ts';
import { CLOCK_TICK_SQL } from '../db/migrations/0036-team-clock-rollover.ts';
import { DocumentStore } from '../db/documents.ts';
import { TagStore } from '../db/tags.ts';
import { writeTransaction } from '../db/write.ts';
import { receiveHlc } from './hlc.ts';
import { ReportStore } from '../db/reports.ts';
import { recordAnnotationChange, recordDocumentChange, recordPassageChange, recordReportChange, recordTagChange } from './record.ts';
import { reportJson } from './shared-report.ts';
import { annotationJson } from './shared-annotation.ts';
import { offerEarlierMetricWork } from './pre-join-metrics.ts';

/** A workspace's team settings and clock (the one row of team_state). */
export interface TeamState {
  workspaceId: string | null;
  member: string | null;
  hubUrl: string | null;
  recording: boolean;
  wall: number;
  counter: number;
  pulledSeq: number;
  lastSyncAt: string | null;
  lastError: string | null;
}

/** SQL for team_state. */
export class TeamStateStore {
  private readonly db: Database;

  constructor(db: Database) {
    this.db = db;
  }

  get(): TeamState {
    const row = this.db.prepare(`SELECT workspace_id AS workspaceId, member, hub_url AS hubUrl, recording, wall, counter, pulled_seq AS pulledSeq,
      last_sync_at AS lastSyncAt, last_error AS lastError FROM team_state WHERE id = 1`).get() as Omit<TeamState, 'recording'> & { recording: number };
    return { ...row, recording: row.recording === 1 };
  }

  /** Whether this workspace has joined a hub. */
  joined(): boolean {
    return this.get().hubUrl !== null;
  }

  /**
   * Attaches the workspace to a hub under the analyst's name and starts recording changes.
   * A new workspace id each join: a copied file that joins again never reuses the ids of
   * the copy it came from.
   */
  join(hubUrl: string, member: string): string {
    const workspaceId = randomBytes(8).toString('hex');
    writeTransaction(this.db, () => {
      this.db.prepare(`UPDATE team_state SET workspace_id = ?, member = ?, hub_url = ?, recording = 1, seq = 0, pulled_seq = 0,
        last_sync_at = NULL, last_error = NULL, earlier_work_offered = 1 WHERE id = 1`).run(workspaceId, member, hubUrl);
      this.shareExistingDocuments();
      this.shareDocumentDetails();
      this.shareUnplacedTags();
      offerEarlierMetricWork(this.db);
      this.sharePassageTags();
      this.shareExistingAnnotations();
      this.shareExistingReports();
    });
    return workspaceId;
  }

  /**
   * Offers the metric work from before joining once, where the workspace joined under an
   * Assay that did not (migration 32): called at each sync, it does nothing after the first.
   * Returns whether it offered (then the sync pushes again).
   */
  offerEarlierWorkOnce(): boolean {
    if (this.db.prepare('SELECT earlier_work_offered FROM team_state WHERE id = 1').pluck().get() === 1) return false;
    writeTransaction(this.db, () => {
      offerEarlierMetricWork(this.db);
      this.db.prepare('UPDATE team_state SET earlier_work_offered = 1 WHERE id = 1').run();
    });
    return true;
  }

  /**
   * The documents imported before joining become changes too, as the import trigger would
   * have recorded them (each version naming the one it follows), so the first sync gives
   * them to the team, before the edits to their metrics (`offerEarlierMetricWork`).
   */
  private shareExistingDocuments(): void {
    const tick = this.db.prepare(`UPDATE team_state SET ${CLOCK_TICK_SQL}`);
    const record = this.db.prepare(`INSERT OR IGNORE INTO team_changes (id, hlc, author, kind, key, field, value, base, made_at, origin)
      SELECT s.workspace_id || ':' || s.seq, printf('%015d-%06d-%s', s.wall, s.counter, s.workspace_id), s.member, 'document',
        'd:' || v.content_hash, 'version', d.file_name, ${FOLLOWS_SQL('v')}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'local'
      FROM team_state s, document_versions v JOIN documents d ON d.id = v.document_id WHERE v.id = ?`);
    // The join time, not imported_at: that column sits after the bytes, and reading it would read every document.
    const versions = this.db.prepare('SELECT id FROM document_versions ORDER BY id').pluck().all() as number[];
    for (const id of versions) {
      tick.run();
      record.run(id);
    }
  }

  /** The details of documents set by hand before joining (title, date, source…) are offered too, as they stand now. */
  private shareDocumentDetails(): void {
    const documents = new DocumentStore(this.db);
    for (const id of this.db.prepare(`SELECT id FROM documents WHERE edited_fields != '[]' ORDER BY id`).pluck().all() as number[]) {
      for (const { field, value } of documents.editedDetails(id)) recordDocumentChange(this.db, id, field, value);
    }
  }

  /**
   * Offers the tags no change has placed yet, parents before their children, so items can
   * name them by uid: at joining, the tree made before; at each sync, the tags of a workspace
   * that joined before tags were shared (hub format 3), and tags made here from a bare path.
   */
  shareUnplacedTags(): void {
    const unplaced = new Set(this.db.prepare(`SELECT t.id FROM tags t WHERE NOT EXISTS
      (SELECT 1 FROM team_fields f WHERE f.kind = 'tag' AND f.key = 't:' || t.uid AND f.field = 'place')`).pluck().all() as number[]);
    // Almost always none: the tree (with its counts) is read only when there is something to offer.
    if (!unplaced.size) return;
    const tags = new TagStore(this.db);
    writeTransaction(this.db, () => {
      for (const tag of tags.list()) {
        if (!unplaced.has(tag.id)) continue;
        recordTagChange(this.db, tag.id, 'place', () => tags.placeJson(tag.id));
        if (tag.color) recordTagChange(this.db, tag.id, 'color', tag.color);
      }
    });
  }

  /**
   * The annotations made before joining are offered too (as they stand now, with their
   * tags), after the documents they sit on, so the team's reading notes are not left behind.
   */
  private shareExistingAnnotations(): void {
    const ids = this.db.prepare(`SELECT id FROM annotations WHERE target_kind != 'metric' AND deleted_at IS NULL ORDER BY id`).pluck().all() as number[];
    const tags = new TagStore(this.db);
    for (const id of ids) {
      recordAnnotationChange(this.db, id, 'create', () => annotationJson(this.db, id));
      if (tags.of('annotation', id).length) recordAnnotationChange(this.db, id, 'tags', tags.sharedJson('annotation', id));
    }
  }

  /** The tags put on passages before joining are offered too, each passage's as they stand now. */
  private sharePassageTags(): void {
    const tags = new TagStore(this.db);
    for (const id of this.db.prepare(`SELECT DISTINCT target_id FROM taggings WHERE target_kind = 'passage' ORDER BY target_id`).pluck().all() as number[]) {
      recordPassageChange(this.db, id, 'tags', () => tags.sharedJson('passage', id));
    }
  }

  /** The reports written before joining are offered too, after the notes they may hold. */
  private shareExistingReports(): void {
    const reports = new ReportStore(this.db);
    for (const id of this.db.prepare('SELECT id FROM reports ORDER BY updated_at, id').pluck().all() as number[]) {
      let report;
      try { report = reports.get(id); } catch { continue; } // a damaged report stays here, untouched
      const { id: _id, name, updatedAt: _u, ...content } = report;
      recordReportChange(this.db, id, 'content', () => reportJson(this.db, name, content));
    }
  }

  /** Turns the change recorder off (while pulled changes are applied) or back on. Call inside a transaction. */
  setRecording(on: boolean): void {
    this.db.prepare('UPDATE team_state SET recording = ? WHERE id = 1').run(on ? 1 : 0);
  }

  /** Moves the clock past a received change's time (hybrid logical clock receive). Call inside a transaction. */
  receive(wall: number, counter: number): void {
    const next = receiveHlc(this.get(), { wall, counter });
    this.db.prepare('UPDATE team_state SET wall = ?, counter = ? WHERE id = 1').run(next.wall, next.counter);
  }

  setPulled(seq: number): void {
    this.db.prepare('UPDATE team_state SET pulled_seq = ? WHERE id = 1').run(seq);
  }

  /** Records how the latest sync ended: its time, or the error in words. */
  finished(at: string, error: string | null): void {
    this.db.prepare('UPDATE team_state SET last_sync_at = CASE WHEN ? IS NULL THEN ? ELSE last_sync_at END, last_error = ? WHERE id = 1').run(error, at, error);
  }
}
